using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Woz.GraphQL;

/// <summary>A BRK kadastrale onroerende zaak as far as the WOZ knows it: only its key. The BRK owns the entity.</summary>
public sealed record KadastraalOnroerendeZaakReferentie(string Identificatie);

public sealed class KadastraalOnroerendeZaakType : ObjectGraphType<KadastraalOnroerendeZaakReferentie>
{
    public KadastraalOnroerendeZaakType()
    {
        Name = "KadastraalOnroerendeZaak";
        Description = "Een perceel of appartementsrecht uit de Basisregistratie Kadaster; de overige gegevens levert de BRK.";
        this.Key("identificatie");
        Field(z => z.Identificatie).Description("De BRK-identificatie van de onroerende zaak (15 cijfers).");
    }
}
