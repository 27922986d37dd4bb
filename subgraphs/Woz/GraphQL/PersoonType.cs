using FederatedGraph.Subgraphs.Toolkit.ProcessingLog;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Woz.GraphQL;

/// <summary>A BRP person as far as the WOZ knows it: only its key. The BRP owns the entity.</summary>
public sealed record PersoonReferentie(string Burgerservicenummer);

public sealed class PersoonType : ObjectGraphType<PersoonReferentie>
{
    public PersoonType()
    {
        Name = "Persoon";
        Description = "Een persoon uit de Basisregistratie Personen; de overige gegevens levert de BRP.";
        this.Key("burgerservicenummer");
        this.DataSubject(p => p.Burgerservicenummer);
        Field(p => p.Burgerservicenummer).Description("Het burgerservicenummer (BSN), 9 cijfers.");
    }
}
