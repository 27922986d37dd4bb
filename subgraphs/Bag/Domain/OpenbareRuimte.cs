namespace FederatedGraph.Subgraphs.Bag.Domain;

/// <summary>An openbare ruimte (street, square, water...) in one woonplaats.</summary>
public sealed class OpenbareRuimte
{
    public string Identificatie { get; set; } = "";
    public string Naam { get; set; } = "";

    /// <summary>"Weg", "Water", "Spoorbaan", ... as in the BAG.</summary>
    public string Type { get; set; } = "";

    public string WoonplaatsIdentificatie { get; set; } = "";
}
