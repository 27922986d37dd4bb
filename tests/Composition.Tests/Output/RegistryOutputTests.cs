using FederatedGraph.Composition.Output;
using Snapshooter.Xunit;

namespace FederatedGraph.Composition.Tests.Output;

/// <summary>What composing the five registries produces, and that the committed gateway files match it.</summary>
public sealed class RegistryOutputTests
{
    [Fact]
    public void The_public_schema_matches_its_snapshot()
        => Snapshot.Match(ComposedRegistries.Outputs.PublicSchema, "Gateway_public_schema");

    [Fact]
    public void The_gateway_configuration_matches_its_snapshot()
        => Snapshot.Match(ComposedRegistries.Outputs.Configuration, "Gateway_configuration");

    [Fact]
    public void The_committed_gateway_files_equal_a_fresh_composition()
    {
        string Committed(string file) => File.ReadAllText(Path.Combine(ComposedRegistries.SchemaDirectory, file)).Replace("\r\n", "\n");

        Assert.True(Committed(GatewayOutputs.PublicSchemaFileName) == ComposedRegistries.Outputs.PublicSchema,
            "schema/gateway.graphqls is out of date: run 'dotnet run --project gateway/Composer -- compose'.");
        Assert.True(Committed(GatewayOutputs.ConfigurationFileName) == ComposedRegistries.Outputs.Configuration,
            "schema/gateway-configuration.json is out of date: run 'dotnet run --project gateway/Composer -- compose'.");
    }

    [Theory]
    [InlineData("Nummeraanduiding", "bewoners: [Persoon!]!")]
    [InlineData("Nummeraanduiding", "vestigingen: [Vestiging!]!")]
    [InlineData("Persoon", "ondernemingen: [MaatschappelijkeActiviteit!]!")]
    [InlineData("Persoon", "eigendommen: [KadastraalOnroerendeZaak!]!")]
    [InlineData("Verblijfsobject", "wozObject: WozObject")]
    [InlineData("Verblijfsobject", "wozWaardePerVierkanteMeter: Int")]
    public void The_public_schema_has_the_cross_registry_fields(string type, string field)
    {
        var body = ComposedRegistries.Outputs.PublicSchema.Split($"type {type} ")[1].Split("\n}")[0] + "\n";
        Assert.Contains("\n  " + field + "\n", body);
    }

    [Fact]
    public void The_public_schema_shows_no_composite_directives_and_no_internal_lookups()
    {
        // Only in descriptions: one of BRP's mentions @provides in its text.
        var definitions = string.Join("\n", ComposedRegistries.Outputs.PublicSchema.Split('\n').Where(line => !line.TrimStart().StartsWith('"')));
        foreach (var directive in new[] { "@key", "@lookup", "@is", "@require", "@internal", "@inaccessible", "@shareable", "@provides", "@external", "@override", "FieldSelection" })
            Assert.DoesNotContain(directive, definitions);
        Assert.DoesNotContain("lookups", definitions);
        var configuration = ComposedRegistries.Outputs.Configuration;
        // The gateway knows the internal lookups (e.g. WOZ's verblijfsobject) that clients do not see.
        Assert.Contains("\"internal\": true", configuration);
    }
}
