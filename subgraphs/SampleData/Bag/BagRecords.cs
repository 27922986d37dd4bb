namespace FederatedGraph.Subgraphs.SampleData.Bag;

/// <summary>Woonplaats; identificatie is the 4-digit woonplaatscode.</summary>
public sealed record Woonplaats(string Identificatie, string Naam);

/// <summary>Openbare ruimte (street); type is always "Weg" here.</summary>
public sealed record OpenbareRuimte(string Identificatie, string Naam, string Type, string WoonplaatsIdentificatie);

public sealed record Nummeraanduiding(
    string Identificatie,
    string Postcode,
    int Huisnummer,
    string? Huisletter,
    string? Huisnummertoevoeging,
    string OpenbareRuimteIdentificatie,
    string Status);

public sealed record Verblijfsobject(
    string Identificatie,
    string HoofdadresIdentificatie,
    ValueList<string> Gebruiksdoelen,
    int Oppervlakte,
    string Status,
    ValueList<string> PandIdentificaties);

public sealed record Pand(string Identificatie, int OorspronkelijkBouwjaar, string Status);

/// <summary>Values of BAG's gebruiksdoel domain used by the sample data.</summary>
public static class Gebruiksdoelen
{
    public const string Woonfunctie = "woonfunctie";
    public const string Winkelfunctie = "winkelfunctie";
    public const string Kantoorfunctie = "kantoorfunctie";
}
