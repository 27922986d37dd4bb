using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Woz.GraphQL;

/// <summary>An HR maatschappelijke activiteit as far as the WOZ knows it: only its key. The HR owns the entity.</summary>
public sealed record MaatschappelijkeActiviteitReferentie(string KvkNummer);

public sealed class MaatschappelijkeActiviteitType : ObjectGraphType<MaatschappelijkeActiviteitReferentie>
{
    public MaatschappelijkeActiviteitType()
    {
        Name = "MaatschappelijkeActiviteit";
        Description = "Een maatschappelijke activiteit uit het Handelsregister; de overige gegevens levert het HR.";
        this.Key("kvkNummer");
        Field(m => m.KvkNummer).Description("Het KvK-nummer, 8 cijfers.");
    }
}
