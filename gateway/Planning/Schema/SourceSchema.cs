namespace FederatedGraph.Gateway.Planning.Schema;

/// <summary>A source schema (subgraph): where it is and which batching it accepts.</summary>
public sealed record SourceSchema(string Name, string? Url, bool VariableBatching, bool RequestBatching);
