using System.Text.Json;
using GraphQLParser.AST;

namespace FederatedGraph.Gateway;

/// <summary>
/// The variable definitions of a validated operation when every one is a built-in scalar without a default value.
/// For those, a client's variables that are already exactly right coerce to themselves, so they can be checked
/// here and passed on as they are, instead of GraphQL.NET walking the whole document again to coerce them. Anything
/// else (a missing or null non-null value, 2.0 for an Int, a variable the operation does not define, any other type) is
/// left to GraphQL.NET, so every refusal reads as it always did.
/// </summary>
internal sealed class PlainVariables
{
    private enum Scalar { String, Int, Boolean }

    private readonly (string Name, Scalar Type, bool NonNull)[] _definitions;

    private PlainVariables((string, Scalar, bool)[] definitions) => _definitions = definitions;

    /// <summary>The operation's definitions, or null when one of them is not a plain built-in scalar.</summary>
    public static PlainVariables? Of(GraphQLOperationDefinition operation)
    {
        var definitions = operation.Variables?.Items ?? [];
        // Which variables a request sent is tracked in one int.
        if (definitions.Count > 32) return null;
        var plain = new (string, Scalar, bool)[definitions.Count];
        for (var i = 0; i < definitions.Count; i++)
        {
            var definition = definitions[i];
            if (definition.DefaultValue is not null || definition.Directives is { Count: > 0 }) return null;
            var type = definition.Type;
            var nonNull = type is GraphQLNonNullType;
            if (type is GraphQLNonNullType wrapped) type = wrapped.Type;
            if (type is not GraphQLNamedType named || ScalarOf(named.Name.StringValue) is not { } scalar) return null;
            plain[i] = (definition.Variable.Name.StringValue, scalar, nonNull);
        }
        return new PlainVariables(plain);
    }

    /// <summary>True when <paramref name="variables"/> (the request's JSON) is already its own coerced value;
    /// <paramref name="coerced"/> is then what the executor gets: the same JSON, or null when there are none.</summary>
    public bool TryCoerce(JsonElement? variables, out JsonElement? coerced)
    {
        coerced = null;
        if (variables is not { ValueKind: JsonValueKind.Object } given)
            return variables is null or { ValueKind: JsonValueKind.Null } && _definitions.All(d => !d.NonNull);

        var seen = 0;
        foreach (var property in given.EnumerateObject())
        {
            var index = IndexOf(property.Name);
            // An unknown name, or one sent twice: GraphQL.NET decides.
            if (index < 0 || (seen & (1 << index)) != 0) return false;
            seen |= 1 << index;
            var (_, scalar, nonNull) = _definitions[index];
            if (!IsCoerced(property.Value, scalar, nonNull)) return false;
        }
        for (var i = 0; i < _definitions.Length; i++)
            if (_definitions[i].NonNull && (seen & (1 << i)) == 0) return false;
        if (seen != 0) coerced = given;
        return true;
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < _definitions.Length; i++)
            if (_definitions[i].Name == name) return i;
        return -1;
    }

    private static bool IsCoerced(JsonElement value, Scalar scalar, bool nonNull) => value.ValueKind switch
    {
        JsonValueKind.Null => !nonNull,
        JsonValueKind.String => scalar is Scalar.String,
        JsonValueKind.True or JsonValueKind.False => scalar is Scalar.Boolean,
        // Only plain integers are Ints as they are; 2.0, 1e3 and out-of-range numbers go the long way.
        JsonValueKind.Number => scalar is Scalar.Int && value.TryGetInt32(out _) && IsDigits(value.GetRawText()),
        _ => false,
    };

    private static bool IsDigits(string text) => text.AsSpan().TrimStart('-').IndexOfAnyExceptInRange('0', '9') < 0;

    private static Scalar? ScalarOf(string name) => name switch
    {
        "String" => Scalar.String,
        "Int" => Scalar.Int,
        "Boolean" => Scalar.Boolean,
        _ => null,
    };
}
