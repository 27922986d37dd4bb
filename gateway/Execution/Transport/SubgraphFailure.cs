namespace FederatedGraph.Gateway.Execution.Transport;

/// <summary>A subgraph request that produced no usable result; <see cref="Code"/> is one of the <c>SUBGRAPH_*</c> codes, or
/// the registry's own code when it refused the caller (401/403).</summary>
internal sealed class SubgraphFailure(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
