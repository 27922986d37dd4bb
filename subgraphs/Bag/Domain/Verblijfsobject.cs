namespace FederatedGraph.Subgraphs.Bag.Domain;

/// <summary>
/// A verblijfsobject: the smallest unit of use (a dwelling, shop, office) in one or more panden.
/// Its panden are stored in <see cref="VerblijfsobjectPand"/>, so both directions can be queried by index.
/// </summary>
public sealed class Verblijfsobject
{
    public string Identificatie { get; set; } = "";
    public string HoofdadresIdentificatie { get; set; } = "";

    /// <summary>Values of the BAG gebruiksdoel domain, e.g. "woonfunctie"; stored as a JSON column.</summary>
    public List<string> Gebruiksdoelen { get; set; } = [];

    /// <summary>Gebruiksoppervlakte in square metres.</summary>
    public int Oppervlakte { get; set; }

    public string Status { get; set; } = "";
}
