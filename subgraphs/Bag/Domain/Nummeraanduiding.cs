namespace FederatedGraph.Subgraphs.Bag.Domain;

/// <summary>A nummeraanduiding: postcode plus house number on an openbare ruimte, i.e. an address.</summary>
public sealed class Nummeraanduiding
{
    public string Identificatie { get; set; } = "";

    /// <summary>Normalised: four digits and two capitals, no space (e.g. "1234AB").</summary>
    public string Postcode { get; set; } = "";

    public int Huisnummer { get; set; }
    public string? Huisletter { get; set; }
    public string? Huisnummertoevoeging { get; set; }
    public string Status { get; set; } = "";
    public string OpenbareRuimteIdentificatie { get; set; } = "";
}
