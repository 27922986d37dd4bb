namespace FederatedGraph.Subgraphs.Brp.Domain;

/// <summary>
/// A person as the BRP records them, one row per person. Names follow Haal Centraal BRP bevragen.
/// The residential address is BRP's own registration of it (the BRP really records it), plus the
/// BAG identifiers through which the federation reaches the BAG objects themselves.
/// </summary>
public sealed class Persoon
{
    public string Burgerservicenummer { get; set; } = "";

    public string Voornamen { get; set; } = "";
    public string? Voorvoegsel { get; set; }
    public string Geslachtsnaam { get; set; } = "";

    public DateOnly Geboortedatum { get; set; }
    public string Geboorteplaats { get; set; } = "";

    /// <summary>"man", "vrouw" or "onbekend".</summary>
    public string Geslacht { get; set; } = "";

    public DateOnly? Overlijdensdatum { get; set; }

    public string Straat { get; set; } = "";
    public int Huisnummer { get; set; }
    public string? Huisletter { get; set; }
    public string? Huisnummertoevoeging { get; set; }
    public string Postcode { get; set; } = "";
    public string Woonplaats { get; set; } = "";
    public string NummeraanduidingIdentificatie { get; set; } = "";
    public string AdresseerbaarObjectIdentificatie { get; set; } = "";
}
