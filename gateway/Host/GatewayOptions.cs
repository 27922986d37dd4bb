using FederatedGraph.BananaCakePop;
using FederatedGraph.Gateway.Execution;
using FederatedGraph.GraphQLOverHttp;

namespace FederatedGraph.Gateway;

/// <summary>The gateway's settings, bound from the <c>Gateway</c> configuration section.</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>Forwarded to the subgraphs when <see cref="ForwardedHeaders"/> is not set. The trace context goes along as the
    /// gateway's own span, not as a forwarded header (see <see cref="Gateway.ForwardedHeaders"/>).</summary>
    public static readonly IReadOnlyList<string> DefaultForwardedHeaders = ["Authorization", "Accept-Language"];

    /// <summary>Loopback port, unless <c>urls</c> is given.</summary>
    public int Port { get; set; } = 5100;

    /// <summary>The public schema; default <c>schema/gateway.graphqls</c> under the repository root.</summary>
    public string? SchemaPath { get; set; }

    /// <summary>The gateway configuration; default <c>schema/gateway-configuration.json</c> under the repository root.</summary>
    public string? ConfigurationPath { get; set; }

    /// <summary>
    /// An Apollo Federation supergraph SDL file (join spec). When set, the gateway runs on it, Apollo subgraphs fetched
    /// through <c>_entities</c>, and <see cref="SchemaPath"/> and <see cref="ConfigurationPath"/> are not read.
    /// </summary>
    public string? Supergraph { get; set; }

    /// <summary>
    /// A JSON file listing Apollo Federation subgraphs (<c>name</c>, <c>url</c>, optional <c>sdlFile</c>) and optionally a
    /// <c>schemaDirectory</c> of our registries' source schemas (see <c>ApolloSubgraphList</c>). When set, the gateway
    /// composes them at start, each subgraph's SDL read from its file or asked with <c>{ _service { sdl } }</c>, and
    /// <see cref="SchemaPath"/> and <see cref="ConfigurationPath"/> are not read.
    /// </summary>
    public string? Subgraphs { get; set; }

    /// <summary>
    /// Development and testing only: admit requests without token or purpose, as one anonymous caller allowed every
    /// field. Honoured only in the Development environment and for a configuration without processing activities
    /// (an Apollo supergraph); the gateway refuses to start with it anywhere else.
    /// </summary>
    public bool AnonymousCallers { get; set; }

    public double SubgraphTimeoutSeconds { get; set; } = 10;

    /// <summary>The request headers passed on to the subgraphs. Null means the defaults: a bound list
    /// would be appended to a default list instead of replacing it.</summary>
    public string[]? ForwardedHeaders { get; set; }

    /// <summary>Per source schema name, settings that override the gateway configuration (its URL).</summary>
    public Dictionary<string, SourceSchemaEndpointOptions> SourceSchemas { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Identical subgraph requests in flight at the same time (same subgraph URL, same body, same forwarded token and
    /// purpose headers) share one HTTP call and its answer. Off by default; never shared between different callers'
    /// headers, and nothing is kept after the call.
    /// </summary>
    public bool DeduplicateRequests { get; set; }

    public GatewayLimits Limits { get; set; } = new();

    public TrustedDocumentsOptions TrustedDocuments { get; set; } = new();

    /// <summary>What the gateway's Banana Cake Pop starts a new document with (<c>Gateway:Ide:Document</c>, <c>Gateway:Ide:Headers:&lt;name&gt;</c>).</summary>
    public BananaCakePopSettings Ide { get; set; } = new();

    public IReadOnlyList<string> ForwardedHeadersOrDefault => ForwardedHeaders ?? DefaultForwardedHeaders;

    /// <summary>What the executor needs of these settings.</summary>
    public GatewayExecutionOptions ToExecutionOptions() => new()
    {
        SubgraphTimeout = TimeSpan.FromSeconds(SubgraphTimeoutSeconds),
        MaxFetchesPerOperation = Limits.MaxFetchesPerOperation,
        DeduplicateRequests = DeduplicateRequests,
        SourceSchemaUrls = SourceSchemas
            .Where(s => s.Value.Url is not null)
            .ToDictionary(s => s.Key, s => s.Value.Url!),
    };
}

/// <summary>Documents clients register ahead (<see cref="Gateway.TrustedDocuments"/>).</summary>
public sealed class TrustedDocumentsOptions
{
    /// <summary>One file per client application; default <c>schema/trusted-documents</c> under the repository root.</summary>
    public string? Directory { get; set; }

    /// <summary>Every client may only send registered documents (the production example sets this).</summary>
    public bool RequiredForAllClients { get; set; }
}

public sealed class SourceSchemaEndpointOptions
{
    public string? Url { get; set; }
}

/// <summary>What one client request may ask of the gateway.</summary>
public sealed class GatewayLimits
{
    /// <summary>The request body (<c>REQUEST_TOO_LARGE</c>, HTTP 413).</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>The query text in UTF-8 bytes (<c>DOCUMENT_TOO_LARGE</c>); also bounds GET requests.</summary>
    public int MaxDocumentBytes { get; set; } = 64 * 1024;

    /// <summary>The deepest selection nesting, introspection fields not counted (<c>MAX_DEPTH_EXCEEDED</c>).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Aliased fields in the operation, fragments counted where they are spread (<c>MAX_ALIASES_EXCEEDED</c>).</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Fields directly under the root type (<c>MAX_ROOT_FIELDS_EXCEEDED</c>).</summary>
    public int MaxRootFields { get; set; } = 20;

    /// <summary>Subgraph requests one operation may cause; enforced by the executor (<c>FETCH_LIMIT_EXCEEDED</c>).</summary>
    public int MaxFetchesPerOperation { get; set; } = 50;

    /// <summary>The wire limits for <see cref="GraphQLRequestReader"/>; batches are refused after reading.</summary>
    public GraphQLRequestLimits ToRequestLimits() => new() { MaxRequestBytes = MaxRequestBytes, AcceptsDocumentIds = true };
}
