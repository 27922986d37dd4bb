using FederatedGraph.Subgraphs.Toolkit.ProcessingLog;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Hr.GraphQL;

/// <summary>A person as far as the HR knows them: only the key. The BRP owns the entity.</summary>
public sealed record PersoonReferentie(string Burgerservicenummer);

/// <summary>HR's contribution to the BRP entity <c>Persoon</c>: the businesses the person owns (eenmanszaken).</summary>
public sealed class PersoonType : ObjectGraphType<PersoonReferentie>
{
    public PersoonType()
    {
        Name = "Persoon";
        Description = "Een persoon uit de BRP; het Handelsregister kent alleen het burgerservicenummer.";
        this.Key("burgerservicenummer");
        this.DataSubject(p => p.Burgerservicenummer);
        Field(p => p.Burgerservicenummer).Description("Het burgerservicenummer (BSN), 9 cijfers die aan de 11-proef voldoen.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MaatschappelijkeActiviteitType>>>>("ondernemingen")
            .Description("De maatschappelijke activiteiten waarvan deze persoon eigenaar is (eenmanszaken).")
            .Resolve(context => HrLoaders.OndernemingenVanPersoon(context).Load(context.Source.Burgerservicenummer));
    }
}
