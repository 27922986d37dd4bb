using FederatedGraph.GraphQLOverHttp;
using GraphQLParser.AST;

namespace FederatedGraph.Subgraphs.Toolkit.Tests.Http;

/// <summary>The measure behind the subgraphs' depth limit (and the gateway's limits).</summary>
public sealed class OperationSizeTests
{
    [Fact]
    public void Fragments_spread_twice_at_every_level_are_measured_without_being_expanded()
    {
        // Expanded, F30 would be 2^30 selections; each fragment is measured once instead.
        var fragments = string.Join("\n", Enumerable.Range(1, 30).Select(i => $"fragment F{i} on Item {{ children {{ ...F{i - 1} }} parent {{ ...F{i - 1} }} }}"));
        var document = GraphQLParser.Parser.Parse("{ itemById(id: 1) { ...F30 } }\nfragment F0 on Item { id }\n" + fragments);

        var size = OperationSize.Of(document, document.Definitions.OfType<GraphQLOperationDefinition>().Single());

        Assert.Equal(32, size.Depth);
        Assert.Equal(0, size.Aliases);
        Assert.Equal(1, size.RootFields);
    }

    [Fact]
    public void Introspection_fields_add_no_depth_and_aliases_count_where_spread()
    {
        var document = GraphQLParser.Parser.Parse("""
            { a: itemById(id: 1) { ...Twice ...Twice } __schema { types { fields { type { ofType { name } } } } } }
            fragment Twice on Item { b: name children { c: name } }
            """);

        var size = OperationSize.Of(document, document.Definitions.OfType<GraphQLOperationDefinition>().Single());

        Assert.Equal(3, size.Depth);
        Assert.Equal(5, size.Aliases);
        Assert.Equal(2, size.RootFields);
    }
}
