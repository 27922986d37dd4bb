namespace FederatedGraph.Subgraphs.Woz.Domain;

/// <summary>One row of "WOZ object ligt op kadastrale onroerende zaak": only the BRK key, the BRK owns the zaak.</summary>
public sealed class WozObjectOnroerendeZaak
{
    public string Wozobjectnummer { get; set; } = "";

    /// <summary>The BRK identificatie (15 digits).</summary>
    public string OnroerendeZaakIdentificatie { get; set; } = "";
}
