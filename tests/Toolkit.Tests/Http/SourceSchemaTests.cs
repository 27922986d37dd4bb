using FederatedGraph.Subgraphs.Toolkit.Hosting;
using FederatedGraph.Subgraphs.Toolkit.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Toolkit.Tests.Http;

public sealed class SourceSchemaTests
{
    [Fact]
    public void Printed_sdl_declares_and_applies_the_composite_schema_directives()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        SubgraphHost.AddSubgraphServices<TestSchema>(services, new SubgraphLimits(), "test");
        using var provider = services.BuildServiceProvider();

        var sdl = provider.GetRequiredService<TestSchema>().PrintSourceSchema();

        Assert.Contains("directive @key(fields: FieldSelectionSet!) repeatable on OBJECT | INTERFACE", sdl);
        Assert.Contains("directive @lookup on FIELD_DEFINITION", sdl);
        Assert.Contains("directive @require(field: FieldSelectionMap!) on ARGUMENT_DEFINITION", sdl);
        Assert.Contains("type Item @key(fields: \"id\")", sdl);
        Assert.Contains("itemById(id: ID! @is(field: \"id\")): Item @lookup", sdl);
        Assert.Contains("scalar FieldSelectionSet", sdl);
        Assert.Contains("label: String @shareable", sdl);
        Assert.Contains("owner: String @external", sdl);
        Assert.Contains("secretNote: String @inaccessible", sdl);
        Assert.Contains("audit: String @internal", sdl);
        Assert.Contains("sibling: Item @provides(fields: \"name\")", sdl);
        Assert.Contains("shippingEstimate(weight: Int @require(field: \"dimension.weight\")): String", sdl);
        foreach (var directive in new[] { "key", "lookup", "is", "require", "shareable", "internal", "inaccessible", "provides", "external", "override" })
            Assert.Contains($"directive @{directive}", sdl);
    }
}
