namespace FederatedGraph.Subgraphs.Hr.Domain;

/// <summary>A legal entity (BV, stichting, vereniging), keyed by its RSIN.</summary>
public sealed class NietNatuurlijkPersoon
{
    /// <summary>Nine digits that pass the 11-proef.</summary>
    public string Rsin { get; set; } = "";

    public string StatutaireNaam { get; set; } = "";
}
