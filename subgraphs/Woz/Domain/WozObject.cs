namespace FederatedGraph.Subgraphs.Woz.Domain;

/// <summary>
/// A WOZ object: the unit the municipality values, here one per BAG verblijfsobject. The WOZ keeps
/// only the verblijfsobject's identificatie; its address and oppervlakte stay in the BAG.
/// </summary>
public sealed class WozObject
{
    /// <summary>12 digits: the gemeentecode and a volgnummer.</summary>
    public string Wozobjectnummer { get; set; } = "";

    public string VerblijfsobjectIdentificatie { get; set; } = "";
}
