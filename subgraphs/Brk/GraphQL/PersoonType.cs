using FederatedGraph.Subgraphs.Toolkit.ProcessingLog;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Brk.GraphQL;

/// <summary>A person as far as the BRK knows them: only the BSN. The BRP owns the entity.</summary>
public sealed record PersoonReferentie(string Burgerservicenummer);

/// <summary>BRK's contribution to the BRP entity <c>Persoon</c>: what the person holds rights on.</summary>
public sealed class PersoonType : ObjectGraphType<PersoonReferentie>
{
    public PersoonType()
    {
        Name = "Persoon";
        this.Key("burgerservicenummer");
        this.DataSubject(p => p.Burgerservicenummer);
        Field(p => p.Burgerservicenummer).Description("Het burgerservicenummer (BSN) van de persoon; de overige gegevens levert de BRP.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KadastraalOnroerendeZaakType>>>>("eigendommen")
            .Description("De onroerende zaken waarop deze persoon zakelijk gerechtigde is.")
            .Resolve(context => BrkLoaders.EigendommenVanPersoon(context).Load(context.Source.Burgerservicenummer));
    }
}
