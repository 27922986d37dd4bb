namespace FederatedGraph.Subgraphs.SampleData.Planning;

/// <summary>
/// A BRK object: the perceel under a pand, or, when an apartment building is split,
/// one appartementsrecht (1-based index) on that perceel.
/// </summary>
internal readonly record struct ParcelRef(int Block, int Pand, int? Appartementsindex);
