namespace FederatedGraph.Subgraphs.Bag.Domain;

/// <summary>One row of the many-to-many relation "verblijfsobject is gelegen in pand".</summary>
public sealed class VerblijfsobjectPand
{
    public string VerblijfsobjectIdentificatie { get; set; } = "";
    public string PandIdentificatie { get; set; } = "";
}
