namespace FederatedGraph.Subgraphs.Bag.Domain;

/// <summary>A woonplaats (town). Its identificatie is the 4-digit woonplaatscode.</summary>
public sealed class Woonplaats
{
    public string Identificatie { get; set; } = "";
    public string Naam { get; set; } = "";
}
