using GraphQLParser.AST;

namespace FederatedGraph.GraphQLOverHttp;

public static class FragmentDefinitions
{
    /// <summary>A document's fragments by name; a repeated name keeps its first definition (validation reports the repeat).</summary>
    public static Dictionary<string, GraphQLFragmentDefinition> ByName(GraphQLDocument document)
        => document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(g => g.Key, g => g.First());
}
