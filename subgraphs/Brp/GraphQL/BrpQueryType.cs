using FederatedGraph.DutchIdentifiers;
using FederatedGraph.Subgraphs.Brp.Data;
using FederatedGraph.Subgraphs.Brp.Domain;
using FederatedGraph.Subgraphs.Toolkit;
using FederatedGraph.Subgraphs.Toolkit.Data;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using FederatedGraph.Subgraphs.Toolkit.Lookups;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using Microsoft.EntityFrameworkCore;
using GraphQL;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Brp.GraphQL;

public sealed class BrpQueryType : ObjectGraphType
{

    public BrpQueryType()
    {
        Name = "Query";

        Field<PersoonType>("persoon")
            .Description("Raadpleeg één persoon met zijn burgerservicenummer.")
            .Argument<NonNullGraphType<StringGraphType>>("burgerservicenummer", configure: a => a.Is("burgerservicenummer"))
            .Lookup()
            .Resolve(context => PersoonLoaders.ByBurgerservicenummer(context).Load(BsnArgument.Read(context)));

        this.Connection<Persoon, PersoonType>("personen", context => context.DbContext<BrpDbContext>().Personen.AsNoTracking(), p => p.Burgerservicenummer)
            .Description = "Zoek personen, met filteren (where), sorteren (order) en pagineren.";

        Field<NummeraanduidingType>("nummeraanduiding")
            .Description("Voor de gateway: de BRP-kant van een BAG-nummeraanduiding, om de bewoners te vinden.")
            .Argument<NonNullGraphType<StringGraphType>>("identificatie", configure: a => a.Is("identificatie"))
            .Lookup()
            .Internal()
            .Resolve(context =>
            {
                var identificatie = context.GetArgument<string>("identificatie");
                if (!Digits.IsDigits(identificatie, 16))
                    throw new ExecutionError($"'{identificatie}' is geen BAG-identificatie van 16 cijfers.") { Code = ErrorCodes.InvalidArgument };
                return new NummeraanduidingReferentie(identificatie);
            });
    }
}
