using FederatedGraph.Subgraphs.Bag.Domain;
using FederatedGraph.Subgraphs.Toolkit.Data;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Bag.GraphQL;

public sealed class PandType : ObjectGraphType<Pand>
{
    public PandType()
    {
        Name = "Pand";
        Description = "Een pand: een bouwkundig zelfstandig gebouw.";
        this.Key("identificatie");
        this.Column("identificatie", p => p.Identificatie).Description("De BAG-identificatie (16 cijfers, objecttypecode 10).");
        this.Column("oorspronkelijkBouwjaar", p => p.OorspronkelijkBouwjaar);
        this.Column("status", p => p.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VerblijfsobjectType>>>>("verblijfsobjecten")
            .Description("De verblijfsobjecten in dit pand.")
            .Reads(p => p.Identificatie)
            .Resolve(context => BagLoaders.VerblijfsobjectenInPand(context).Load(context.Source.Identificatie));
    }
}
