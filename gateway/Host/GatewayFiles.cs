using FederatedGraph.Checkout;

namespace FederatedGraph.Gateway;

/// <summary>Where the two files composition wrote are: the configured paths, or <c>schema/</c> beside FederatedGraph.sln.</summary>
public static class GatewayFiles
{
    public static string SchemaPath(GatewayOptions options)
        => options.SchemaPath ?? Path.Combine(Root(), "schema", "gateway.graphqls");

    public static string ConfigurationPath(GatewayOptions options)
        => options.ConfigurationPath ?? Path.Combine(Root(), "schema", "gateway-configuration.json");

    /// <summary>The trusted documents' folder; null when neither configured nor found in a checkout (then none are registered).</summary>
    public static string? TrustedDocumentsDirectory(GatewayOptions options)
        => options.TrustedDocuments.Directory ?? (RepositoryRoot.TryFind() is { } root ? Path.Combine(root, "schema", "trusted-documents") : null);

    private static string Root()
        => RepositoryRoot.TryFind() ?? throw new GatewayStartupException(
            "Could not find FederatedGraph.sln above the working directory; set Gateway:SchemaPath and Gateway:ConfigurationPath.");
}

/// <summary>The gateway cannot start: its files are missing or invalid, or its settings contradict them.</summary>
public sealed class GatewayStartupException(string message, Exception? inner = null) : Exception(message, inner);
