using FederatedGraph.Subgraphs.Bag.Domain;
using FederatedGraph.Subgraphs.Toolkit.Data;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Bag.GraphQL;

public sealed class WoonplaatsType : ObjectGraphType<Woonplaats>
{
    public WoonplaatsType()
    {
        Name = "Woonplaats";
        Description = "Een woonplaats: een door de gemeente benoemd gedeelte van haar grondgebied.";
        this.Key("identificatie");
        this.Column("identificatie", w => w.Identificatie).Description("De woonplaatscode (4 cijfers).");
        this.Column("naam", w => w.Naam);
    }
}
