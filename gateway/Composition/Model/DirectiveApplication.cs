using GraphQLParser.AST;

namespace FederatedGraph.Composition.Model;

/// <summary>A directive as applied to a schema element, e.g. <c>@key(fields: "id")</c>.</summary>
public sealed class DirectiveApplication(string name, IReadOnlyDictionary<string, GraphQLValue> arguments, SourceLocation location)
{
    public string Name { get; } = name;

    public IReadOnlyDictionary<string, GraphQLValue> Arguments { get; } = arguments;

    public SourceLocation Location { get; } = location;

    /// <summary>The argument's value when it is a string literal; null when absent or of another kind.</summary>
    public string? StringArgument(string argument)
        => Arguments.TryGetValue(argument, out var value) && value is GraphQLStringValue s ? s.Value.ToString() : null;
}
