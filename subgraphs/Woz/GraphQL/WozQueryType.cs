using FederatedGraph.Subgraphs.Toolkit.Data;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using FederatedGraph.Subgraphs.Woz.Data;
using FederatedGraph.Subgraphs.Woz.Domain;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace FederatedGraph.Subgraphs.Woz.GraphQL;

public sealed class WozQueryType : ObjectGraphType
{
    public WozQueryType()
    {
        Name = "Query";

        Field<WozObjectType>("wozObject")
            .Description("Raadpleeg één WOZ-object met zijn WOZ-objectnummer.")
            .Argument<NonNullGraphType<StringGraphType>>("wozObjectnummer", configure: a => a.Is("wozObjectnummer"))
            .Lookup()
            .Resolve(context => WozLoaders.WozObjecten(context).Load(WozArguments.Wozobjectnummer(context)));

        this.Connection<WozObject, WozObjectType>("wozObjecten", context => context.DbContext<WozDbContext>().WozObjecten.AsNoTracking(), o => o.Wozobjectnummer)
            .Description = "Zoek WOZ-objecten, bijvoorbeeld op WOZ-objectnummer of BAG-verblijfsobject, met filteren (where), sorteren (order) en pagineren.";

        Field<VerblijfsobjectType>("verblijfsobject")
            .Description("Voor de gateway: de WOZ-kant van een BAG-verblijfsobject, om het WOZ-object en de waarde per m² te vinden.")
            .Argument<NonNullGraphType<StringGraphType>>("identificatie", configure: a => a.Is("identificatie"))
            .Lookup()
            .Internal()
            // Every well-formed key gets its WOZ side: whether the verblijfsobject exists is for the BAG to say.
            .Resolve(context => new VerblijfsobjectReferentie(WozArguments.VerblijfsobjectIdentificatie(context)));
    }
}
