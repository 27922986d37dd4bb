using FederatedGraph.Composition.FieldSelection;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace FederatedGraph.Composition.Apollo;

/// <summary>
/// Apollo's field sets (<c>@key</c>, <c>@requires</c>) as Composite Schemas field selection maps, so the
/// satisfiability check can ask of an <c>_entities</c> lookup or a <c>@requires</c> what it asks of <c>@is</c> and
/// <c>@require</c>: can the gateway select these fields of the parent from somewhere? <c>id sku { code }</c> becomes
/// <c>{ id sku: sku.{ code } }</c>.
/// </summary>
/// <remarks>
/// Simplification: fields inside inline fragments (<c>... on Book { isbn }</c>) are left out of the map, since a
/// map's type condition is not satisfied by the other possible types; those fields are not checked.
/// </remarks>
internal static class SelectionMaps
{
    private static readonly SDLPrinter Printer = new();

    /// <summary>The name a <c>@requires</c> goes by among a field's requirements in the satisfiability check.</summary>
    public const string RequiresArgument = "@requires";

    /// <summary>The map of a field set; null when it selects nothing outside fragments or does not parse.</summary>
    public static string? From(string fieldSet)
        => FieldSelectionSet.TryParse(fieldSet, out _) is { } selection && Object(selection) is { } map ? map : null;

    /// <summary>A <c>@requires</c> as the requirement the satisfiability check resolves; null when there is nothing to check.</summary>
    public static Requirement? Requires(string fieldSet)
        => From(fieldSet) is { } map ? new Requirement(RequiresArgument, TypeReference.Named("_Any"), map) : null;

    /// <summary>The argument an <c>_entities</c> lookup takes, the representation built from the key.</summary>
    public static IReadOnlyList<LookupArgument> Representation(string key)
        => From(key) is { } map ? [new LookupArgument("representations", TypeReference.Named("_Any"), map)] : [];

    private static string? Object(GraphQLSelectionSet selection)
    {
        var fields = selection.Selections.OfType<GraphQLField>().Select(Field).ToList();
        return fields.Count == 0 ? null : "{ " + string.Join(" ", fields) + " }";
    }

    private static string Field(GraphQLField field)
    {
        var name = field.Name.StringValue;
        var arguments = field.Arguments is { Count: > 0 } list ? "(" + string.Join(", ", list.Items.Select(a => $"{a.Name.StringValue}: {Printer.Print(a.Value)}")) + ")" : "";
        var alias = field.Alias?.Name.StringValue ?? name;
        if (field.SelectionSet is { } inner && Object(inner) is { } nested) return $"{alias}: {name}{arguments}.{nested}";
        return arguments.Length == 0 && alias == name ? name : $"{alias}: {name}{arguments}";
    }
}
