using GraphQLParser;
using GraphQLParser.AST;

namespace FederatedGraph.Gateway.Planning.Schema;

/// <summary>An Apollo Federation field set (<c>id organization { id }</c>, <c>... on Book { isbn }</c>) as a selection set.</summary>
public static class FieldSet
{
    public static GraphQLSelectionSet Parse(string fields)
        => ((GraphQLOperationDefinition)Parser.Parse("{ " + fields + " }").Definitions[0]).SelectionSet;
}
