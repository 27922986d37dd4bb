namespace FederatedGraph.Composition.Apollo;

/// <summary>
/// What an Apollo subgraph's federation directives say that the Composite Schemas model has no place for:
/// field-level <c>@requires</c> and <c>@key(resolvable: false)</c>. The rest is translated into the model's own
/// directives by <see cref="SubgraphReader"/>.
/// </summary>
public sealed class ApolloSubgraphFacts(string? federationVersion)
{
    /// <summary>"2.3" for a Federation 2.3 subgraph, null for Federation 1.</summary>
    public string? FederationVersion { get; } = federationVersion;

    /// <summary>Per field coordinate (<c>Type.field</c>), its <c>@requires(fields:)</c> selection on the parent.</summary>
    public Dictionary<string, string> Requires { get; } = new(StringComparer.Ordinal);

    /// <summary>The keys (<c>Type</c> + fields) declared <c>resolvable: false</c>: they identify, but this subgraph cannot be asked for the entity.</summary>
    public HashSet<(string Type, string Fields)> UnresolvableKeys { get; } = [];

    public string? RequiresOf(string type, string field) => Requires.GetValueOrDefault($"{type}.{field}");

    public bool IsResolvable(string type, string fields) => !UnresolvableKeys.Contains((type, fields));
}
