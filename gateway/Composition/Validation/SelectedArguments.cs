using FederatedGraph.Composition.Model;
using FederatedGraph.Composition.Validation.SourceSchemaRules.TypeSystem;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace FederatedGraph.Composition.Validation;

/// <summary>
/// The arguments a key selection or a field selection map passes to a field it selects. The spec allows constant
/// arguments there (Key Invalid Arguments; appendix A, Path Field Argument Validity): each must be an argument
/// of the field, a literal of its type (no variable), and every non-null argument without a default is given.
/// </summary>
internal static class SelectedArguments
{
    /// <summary>The first problem, phrased for a message about <paramref name="coordinate"/>, or null when the arguments fit.</summary>
    public static string? Problem(SchemaModel schema, string coordinate, OutputFieldDefinition field, IReadOnlyList<GraphQLArgument> given)
    {
        foreach (var argument in given)
        {
            var name = argument.Name.StringValue;
            if (field.Arguments[name] is not { } definition) return $"{coordinate} has no argument '{name}'";
            if (given.Count(a => a.Name.StringValue == name) > 1) return $"{coordinate} is given the argument '{name}' more than once";
            if (InputValueCoercion.Problem(schema, argument.Value, definition.Type) is { } problem)
                return $"{coordinate}({name}: {new SDLPrinter().Print(argument.Value)}) does not fit {definition.Type}: {problem}";
        }
        var missing = field.Arguments.FirstOrDefault(a => a.Type.IsNonNull && a.DefaultValue is null && given.All(g => g.Name.StringValue != a.Name));
        return missing is null ? null : $"{coordinate} needs its argument '{missing.Name}' ({missing.Type}), which is not given";
    }
}
