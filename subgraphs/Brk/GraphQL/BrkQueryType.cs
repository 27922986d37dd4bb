using FederatedGraph.Subgraphs.Brk.Data;
using FederatedGraph.Subgraphs.Brk.Domain;
using FederatedGraph.Subgraphs.Toolkit.Data;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace FederatedGraph.Subgraphs.Brk.GraphQL;

public sealed class BrkQueryType : ObjectGraphType
{
    public BrkQueryType()
    {
        Name = "Query";

        Field<KadastraalOnroerendeZaakType>("kadastraalOnroerendeZaak")
            .Description("Raadpleeg één kadastraal onroerende zaak met haar identificatie.")
            .Argument<NonNullGraphType<StringGraphType>>("identificatie", configure: a => a.Is("identificatie"))
            .Lookup()
            .Resolve(context => BrkLoaders.OnroerendeZaken(context).Load(BrkArguments.OnroerendeZaakIdentificatie(context)));

        this.Connection<KadastraalOnroerendeZaak, KadastraalOnroerendeZaakType>("kadastraleOnroerendeZaken",
                context => context.DbContext<BrkDbContext>().OnroerendeZaken.AsNoTracking(), z => z.Identificatie)
            .Description = "Zoek kadastraal onroerende zaken, bijvoorbeeld op kadastrale aanduiding of grootte.";

        // The entities below belong to BRP, HR and BAG. Any well-formed key resolves, as the owner's entity may
        // simply have no rights or zaken here: the answer is then an empty list, not a missing entity.
        Field<PersoonType>("persoon")
            .Description("Voor de gateway: de BRK-kant van een BRP-persoon, om de eigendommen te vinden.")
            .Argument<NonNullGraphType<StringGraphType>>("burgerservicenummer", configure: a => a.Is("burgerservicenummer"))
            .Lookup()
            .Internal()
            .Resolve(context => new PersoonReferentie(BrkArguments.Burgerservicenummer(context)));

        Field<NietNatuurlijkPersoonType>("nietNatuurlijkPersoon")
            .Description("Voor de gateway: de BRK-kant van een niet-natuurlijk persoon uit het HR, om de eigendommen te vinden.")
            .Argument<NonNullGraphType<StringGraphType>>("rsin", configure: a => a.Is("rsin"))
            .Lookup()
            .Internal()
            .Resolve(context => new NietNatuurlijkPersoonReferentie(BrkArguments.Rsin(context)));

        Field<NummeraanduidingType>("nummeraanduiding")
            .Description("Voor de gateway: de BRK-kant van een BAG-nummeraanduiding, om de onroerende zaken op dat adres te vinden.")
            .Argument<NonNullGraphType<StringGraphType>>("identificatie", configure: a => a.Is("identificatie"))
            .Lookup()
            .Internal()
            .Resolve(context => new NummeraanduidingReferentie(BrkArguments.NummeraanduidingIdentificatie(context)));
    }
}
