namespace FederatedGraph.Subgraphs.SampleData.Generation;

/// <summary>
/// Separates the random streams of different kinds of entity, so household 7 and block 7
/// never share draws and adding a draw to one kind never shifts another.
/// </summary>
internal enum RandomStream : ulong
{
    Household = 1,
    Block = 2,
    Ownership = 3,
    Business = 4,
    WozWaarde = 5,
    Permutation = 6,
}
