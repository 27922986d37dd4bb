namespace FederatedGraph.Gateway.Planning.Schema;

/// <summary>
/// A source schema (subgraph): where it is and which batching it accepts. <see cref="ApolloFederation"/>: an Apollo
/// Federation subgraph, whose entities are fetched through <c>_entities(representations:)</c>.
/// </summary>
public sealed record SourceSchema(string Name, string? Url, bool VariableBatching, bool RequestBatching, bool ApolloFederation = false);
