using GraphQLParser;
using GraphQLParser.AST;

namespace FederatedGraph.Gateway.Planning.Schema;

/// <summary>
/// The fields of a returned object that a source schema resolves along with the field that returned it
/// (<c>@provides</c>), as a tree: each provided field with the fields provided below it.
/// </summary>
public sealed class ProvidedFields
{
    private readonly Dictionary<string, ProvidedFields> _fields = new(StringComparer.Ordinal);

    public static ProvidedFields Parse(string selectionSet)
    {
        var document = Parser.Parse("{ " + selectionSet + " }");
        var provided = new ProvidedFields();
        provided.Add(((GraphQLOperationDefinition)document.Definitions[0]).SelectionSet);
        return provided;
    }

    public bool Contains(string field) => _fields.ContainsKey(field);

    /// <summary>What is provided below <paramref name="field"/>; null when nothing is.</summary>
    public ProvidedFields? Below(string field) => _fields.GetValueOrDefault(field);

    /// <summary>Both trees together: what a parent's provides passes down plus what the field itself provides.</summary>
    public static ProvidedFields? Union(ProvidedFields? first, ProvidedFields? second)
    {
        if (first is null) return second;
        if (second is null) return first;
        var union = new ProvidedFields();
        foreach (var tree in new[] { first, second })
            foreach (var (name, below) in tree._fields)
                union._fields[name] = Union(union._fields.GetValueOrDefault(name), below) ?? new ProvidedFields();
        return union;
    }

    private void Add(GraphQLSelectionSet selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    var below = _fields.TryGetValue(field.Name.StringValue, out var existing) ? existing : new ProvidedFields();
                    if (field.SelectionSet is not null) below.Add(field.SelectionSet);
                    _fields[field.Name.StringValue] = below;
                    break;
                // A type condition narrows what is provided; the planner only asks about fields that exist there.
                case GraphQLInlineFragment fragment:
                    Add(fragment.SelectionSet);
                    break;
            }
        }
    }
}
