using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace FederatedGraph.Subgraphs.Toolkit.Data;

/// <summary>
/// Lists the fields a selection set selects on one object type, the way execution would: through fragment
/// spreads and inline fragments whose type condition applies, leaving out what <c>@skip</c>/<c>@include</c>
/// exclude. A field selected twice (e.g. under two aliases) is listed twice.
/// </summary>
internal static class SelectedFields
{
    public static IEnumerable<GraphQLField> Of(IResolveFieldContext context, GraphQLSelectionSet? selectionSet, IGraphType type)
    {
        if (selectionSet is null)
            yield break;

        foreach (var selection in selectionSet.Selections)
        {
            if (selection is IHasDirectivesNode directed && !IsIncluded(context, directed))
                continue;

            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline when Applies(context, inline.TypeCondition, type):
                    foreach (var field in Of(context, inline.SelectionSet, type))
                        yield return field;
                    break;
                case GraphQLFragmentSpread spread:
                    var fragment = FindFragment(context, spread.FragmentName.Name.StringValue);
                    if (fragment is not null && Applies(context, fragment.TypeCondition, type))
                    {
                        foreach (var field in Of(context, fragment.SelectionSet, type))
                            yield return field;
                    }
                    break;
            }
        }
    }

    private static GraphQLFragmentDefinition? FindFragment(IResolveFieldContext context, string name)
        => context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
            .FirstOrDefault(fragment => fragment.FragmentName.Name.StringValue == name);

    /// <summary>A fragment applies when it has no condition, names the type itself, or names an interface or union containing it.</summary>
    private static bool Applies(IResolveFieldContext context, GraphQLTypeCondition? condition, IGraphType type)
    {
        if (condition is null)
            return true;
        var name = condition.Type.Name.StringValue;
        if (name == type.Name)
            return true;
        return context.Schema.AllTypes[name] is IAbstractGraphType @abstract && type is IObjectGraphType objectType
            && @abstract.PossibleTypes.Contains(objectType);
    }

    private static bool IsIncluded(IResolveFieldContext context, IHasDirectivesNode node)
    {
        if (node.Directives is null)
            return true;
        foreach (var directive in node.Directives.Items)
        {
            var name = directive.Name.StringValue;
            if (name is not ("skip" or "include"))
                continue;
            var condition = Condition(context, directive);
            if (name == "skip" ? condition : !condition)
                return false;
        }
        return true;
    }

    private static bool Condition(IResolveFieldContext context, GraphQLDirective directive)
    {
        var value = directive.Arguments?.Items.FirstOrDefault(argument => argument.Name.StringValue == "if")?.Value;
        return value switch
        {
            GraphQLBooleanValue boolean => boolean.BoolValue,
            GraphQLVariable variable => context.Variables.ValueFor(variable.Name.StringValue, false) is true,
            _ => false,
        };
    }
}
