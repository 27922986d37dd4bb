namespace FederatedGraph.Subgraphs.Toolkit.Data;

/// <summary>
/// Page sizes of connection fields. Pass one to <c>Connection(...)</c> for a single field, or register one
/// in the request services to change the default for all connection fields.
/// </summary>
public sealed record PagingOptions
{
    public static readonly PagingOptions Default = new();

    /// <summary>The page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public int DefaultPageSize { get; init; } = 10;

    /// <summary>The largest <c>first</c>/<c>last</c> a client may ask for; more is a <c>PAGE_SIZE_EXCEEDED</c> error.</summary>
    public int MaxPageSize { get; init; } = 50;
}
