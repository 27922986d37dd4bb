using FederatedGraph.Composition.Output;
using FederatedGraph.Composition.SourceSchemas;

namespace FederatedGraph.Composition.Tests.Output;

/// <summary>The five registries' source schemas with their settings, composed once for all output tests.</summary>
internal static class ComposedRegistries
{
    public static string SchemaDirectory { get; } = Path.Combine(RepositorySchemas.Root, "schema");

    private static readonly Lazy<GatewayOutputs> Lazy = new(() =>
    {
        var sources = SourceSchemaDirectory.Read(SchemaDirectory);
        var result = Composer.Compose(sources);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return GatewayOutputs.Create(result.Schema!, sources);
    });

    public static GatewayOutputs Outputs => Lazy.Value;
}
