namespace FederatedGraph.Subgraphs.Brk.Domain;

/// <summary>
/// Who holds a right on an onroerende zaak, and for which share. The BRK stores only the key of the
/// holder: a BSN for a natuurlijk persoon (BRP) or an RSIN for a niet-natuurlijk persoon (HR); never both.
/// </summary>
public sealed class ZakelijkGerechtigde
{
    public string OnroerendeZaakIdentificatie { get; set; } = "";

    /// <summary>Keeps the registered order of the gerechtigden of one zaak.</summary>
    public int Volgnummer { get; set; }

    public int AandeelTeller { get; set; }
    public int AandeelNoemer { get; set; }

    /// <summary>E.g. "eigendom".</summary>
    public string SoortRecht { get; set; } = "";

    public string? Burgerservicenummer { get; set; }
    public string? Rsin { get; set; }
}
