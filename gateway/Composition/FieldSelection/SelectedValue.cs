using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace FederatedGraph.Composition.FieldSelection;

/// <summary>
/// A parsed <c>FieldSelectionMap</c> (Composite Schemas spec, appendix A): how an argument's value is
/// built from fields of an output type, as used by <c>@is</c> and <c>@require</c>.
/// </summary>
public abstract record SelectedValue;

/// <summary><c>a | b</c>: the first alternative that applies to the runtime type.</summary>
public sealed record SelectedChoice(IReadOnlyList<SelectedValue> Options) : SelectedValue
{
    public override string ToString() => string.Join(" | ", Options);
}

/// <summary>
/// A path to one value, e.g. <c>dimension.size</c> or <c>mediaById&lt;Book&gt;.isbn</c>, optionally followed
/// by an object or list selection scoped to the type the path ends at (<c>dimension.{ size }</c>, <c>parts[id]</c>).
/// </summary>
public sealed record SelectedPath(FieldPath Path, SelectedValue? Selection) : SelectedValue
{
    public override string ToString() => Selection switch
    {
        null => Path.ToString(),
        SelectedList list => $"{Path}{list}",
        _ => $"{Path}.{Selection}",
    };
}

/// <summary><c>{ a: x b }</c>: an input object whose fields come from the selected values.</summary>
public sealed record SelectedObject(IReadOnlyList<SelectedObjectField> Fields) : SelectedValue
{
    public override string ToString() => "{ " + string.Join(" ", Fields) + " }";
}

/// <summary>
/// One field of a <see cref="SelectedObject"/>; <c>{ width }</c> is short for <c>{ width: width }</c>, and
/// <c>{ width(unit: CM) }</c> for <c>{ width: width(unit: CM) }</c>.
/// </summary>
public sealed record SelectedObjectField(string Name, SelectedValue Value)
{
    public override string ToString() => Value is SelectedPath { Selection: null, Path: { TypeCondition: null, Segments: [{ TypeCondition: null } only] } } && only.Field == Name
        ? only.ToString()
        : $"{Name}: {Value}";
}

/// <summary><c>[ value ]</c>: a list argument built from the elements of a list field.</summary>
public sealed record SelectedList(SelectedValue Element) : SelectedValue
{
    public override string ToString() => $"[{Element}]";
}

/// <summary>Field names from the scope's type downwards, with optional type conditions for abstract types.</summary>
public sealed record FieldPath(string? TypeCondition, IReadOnlyList<PathSegment> Segments)
{
    public override string ToString()
        => (TypeCondition is null ? "" : $"<{TypeCondition}>.") + string.Join(".", Segments);
}

/// <summary>
/// One field of a path, e.g. <c>width(unit: CM)</c>: the spec lets a segment pass constant arguments to the field
/// it selects. Whether they fit the field is the validation rules' business, so a variable is kept here too.
/// </summary>
public sealed record PathSegment(string Field, string? TypeCondition)
{
    public IReadOnlyList<GraphQLArgument> Arguments { get; init; } = [];

    public override string ToString()
    {
        var arguments = Arguments.Count == 0
            ? ""
            : "(" + string.Join(", ", Arguments.Select(a => $"{a.Name.StringValue}: {new SDLPrinter().Print(a.Value)}")) + ")";
        return TypeCondition is null ? Field + arguments : $"{Field}{arguments}<{TypeCondition}>";
    }
}
