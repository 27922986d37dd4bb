namespace FederatedGraph.Subgraphs.SampleData.Planning;

/// <summary>Everything about one verblijfsobject's hoofdadres that BAG and BRP show.</summary>
internal sealed record AddressPlan(
    string Straat,
    int Huisnummer,
    string? Huisletter,
    string? Huisnummertoevoeging,
    string Postcode,
    string Woonplaats,
    string OpenbareRuimteIdentificatie,
    string NummeraanduidingIdentificatie,
    string VerblijfsobjectIdentificatie);
