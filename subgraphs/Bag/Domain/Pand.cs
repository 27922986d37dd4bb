namespace FederatedGraph.Subgraphs.Bag.Domain;

/// <summary>A pand: a building, the physical structure verblijfsobjecten lie in.</summary>
public sealed class Pand
{
    public string Identificatie { get; set; } = "";
    public int OorspronkelijkBouwjaar { get; set; }
    public string Status { get; set; } = "";
}
