using System.Text;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace FederatedGraph.Gateway.Planning.Planner;

/// <summary>
/// Prints subgraph selection sets on one line and collects the variables they use, so each fetch declares
/// exactly the variables its document needs.
/// </summary>
internal sealed class SubgraphDocumentPrinter
{
    private static readonly SDLPrinter Printer = new();

    private readonly StringBuilder _text = new();
    private readonly SortedSet<string> _variables = new(StringComparer.Ordinal);

    /// <summary>The variable names used so far, in name order.</summary>
    public IReadOnlyCollection<string> Variables => _variables;

    /// <summary>Prints <c>{ ... }</c>. Empty inline fragments are left out; a field left with an empty selection set selects <c>__typename</c>.</summary>
    public string Print(SubgraphSelectionSet selectionSet)
    {
        _text.Clear();
        Write(selectionSet);
        return _text.ToString();
    }

    private void Write(SubgraphSelectionSet selectionSet)
    {
        _text.Append('{');
        var empty = true;
        foreach (var selection in selectionSet.Items)
        {
            if (selection is SubgraphInlineFragment fragment && IsEmpty(fragment.SelectionSet)) continue;
            _text.Append(' ');
            Write(selection);
            empty = false;
        }
        if (empty) _text.Append(" __typename");
        _text.Append(" }");
    }

    private static bool IsEmpty(SubgraphSelectionSet selectionSet)
        => selectionSet.Items.All(s => s is SubgraphInlineFragment fragment && IsEmpty(fragment.SelectionSet));

    private void Write(SubgraphSelection selection)
    {
        switch (selection)
        {
            case SubgraphField field:
                if (field.Alias is not null) _text.Append(field.Alias).Append(": ");
                _text.Append(field.Name);
                if (field.Arguments.Count > 0)
                {
                    _text.Append('(');
                    for (var i = 0; i < field.Arguments.Count; i++)
                    {
                        if (i > 0) _text.Append(", ");
                        _text.Append(field.Arguments[i].Name.StringValue).Append(": ").Append(Value(field.Arguments[i].Value));
                    }
                    _text.Append(')');
                }
                WriteDirectives(field.Directives);
                if (field.SelectionSet is not null)
                {
                    _text.Append(' ');
                    Write(field.SelectionSet);
                }
                break;
            case SubgraphInlineFragment fragment:
                _text.Append("...");
                if (fragment.TypeCondition is not null) _text.Append(" on ").Append(fragment.TypeCondition);
                WriteDirectives(fragment.Directives);
                _text.Append(' ');
                Write(fragment.SelectionSet);
                break;
        }
    }

    private void WriteDirectives(IReadOnlyList<GraphQLDirective> directives)
    {
        foreach (var directive in directives)
        {
            _text.Append(" @").Append(directive.Name.StringValue);
            if (directive.Arguments is { Items.Count: > 0 } arguments)
                _text.Append('(').AppendJoin(", ", arguments.Items.Select(a => a.Name.StringValue + ": " + Value(a.Value))).Append(')');
        }
    }

    private string Value(GraphQLValue value)
    {
        CollectVariables(value);
        return Printer.Print(value);
    }

    private void CollectVariables(GraphQLValue value)
    {
        switch (value)
        {
            case GraphQLVariable variable:
                _variables.Add(variable.Name.StringValue);
                break;
            case GraphQLListValue list:
                foreach (var item in list.Values ?? []) CollectVariables(item);
                break;
            case GraphQLObjectValue obj:
                foreach (var field in obj.Fields ?? []) CollectVariables(field.Value);
                break;
        }
    }
}
