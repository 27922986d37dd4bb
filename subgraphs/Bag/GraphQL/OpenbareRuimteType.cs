using FederatedGraph.Subgraphs.Bag.Domain;
using FederatedGraph.Subgraphs.Toolkit.Data;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Bag.GraphQL;

public sealed class OpenbareRuimteType : ObjectGraphType<OpenbareRuimte>
{
    public OpenbareRuimteType()
    {
        Name = "OpenbareRuimte";
        Description = "Een openbare ruimte: een door de gemeente benoemde straat, plein, weg of water.";
        this.Key("identificatie");
        this.Column("identificatie", o => o.Identificatie).Description("De BAG-identificatie (16 cijfers, objecttypecode 30).");
        this.Column("naam", o => o.Naam);
        this.Column("type", o => o.Type).Description("Het type openbare ruimte, bijvoorbeeld Weg of Water.");
        Field<NonNullGraphType<WoonplaatsType>>("woonplaats")
            .Description("De woonplaats waarin de openbare ruimte ligt.")
            .Reads(o => o.WoonplaatsIdentificatie)
            .Resolve(context => BagLoaders.Woonplaatsen(context).Load(context.Source.WoonplaatsIdentificatie));
    }
}
