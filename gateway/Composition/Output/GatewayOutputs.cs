using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.SourceSchemas;
using FederatedGraph.Gateway.Configuration;

namespace FederatedGraph.Composition.Output;

/// <summary>The two files composition produces for the gateway, as written under <c>schema/</c>.</summary>
public sealed record GatewayOutputs(string PublicSchema, string Configuration)
{
    public const string PublicSchemaFileName = "gateway.graphqls";
    public const string ConfigurationFileName = "gateway-configuration.json";

    public static GatewayOutputs Create(MergedSchema merged, IReadOnlyList<SourceSchema> sources) => new(
        PublicSchemaPrinter.Print(merged.Schema),
        GatewayConfigurationJson.Write(GatewayConfigurationBuilder.Build(merged, sources)));
}
