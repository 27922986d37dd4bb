using System.Text.Json;
using FederatedGraph.Gateway.Planning.Plans;
using FederatedGraph.Gateway.Planning.Schema;
using GraphQLParser.AST;

namespace FederatedGraph.Gateway.Execution.Shaping;

/// <summary>
/// Collects the client's fields per object type (fragments by type condition, <c>@skip</c>/<c>@include</c> by the
/// variables), once: a plan without those directives shares one collector between all its requests.
/// </summary>
internal sealed class FieldCollector(CompositeSchema schema, OperationPlan plan, JsonElement? variables)
{
    private readonly Lazy<ResponseField[]> _root = new(() => Collect(schema, plan, variables, plan.RootTypeName, [plan.Operation.SelectionSet]));

    public ResponseField[] Root => _root.Value;

    public ResponseField[] Children(ResponseField field, string objectType)
        => field.Children(objectType, (f, type) => Collect(schema, plan, variables, type, f.SelectionSets));

    private static ResponseField[] Collect(CompositeSchema schema, OperationPlan plan, JsonElement? variables, string objectType,
        IReadOnlyList<GraphQLSelectionSet> selectionSets)
    {
        var type = schema.Type(objectType);
        var fields = new List<ResponseField>();
        foreach (var selectionSet in selectionSets) Add(selectionSet);
        return [.. fields];

        void Add(GraphQLSelectionSet selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field when Included(field.Directives):
                        var responseName = (field.Alias?.Name ?? field.Name).StringValue;
                        var collected = fields.FirstOrDefault(f => f.ResponseName == responseName);
                        if (collected is null)
                        {
                            var name = field.Name.StringValue;
                            collected = new ResponseField(responseName, name, objectType, name == "__typename" ? null : type?.Field(name)?.Type);
                            fields.Add(collected);
                        }
                        if (field.SelectionSet is not null) collected.SelectionSets.Add(field.SelectionSet);
                        break;
                    case GraphQLInlineFragment fragment when Included(fragment.Directives)
                                                             && (fragment.TypeCondition is null || schema.Applies(fragment.TypeCondition.Type.Name.StringValue, objectType)):
                        Add(fragment.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread when Included(spread.Directives)
                                                           && plan.Fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var definition)
                                                           && schema.Applies(definition.TypeCondition.Type.Name.StringValue, objectType):
                        Add(definition.SelectionSet);
                        break;
                }
            }
        }

        bool Included(GraphQLDirectives? directives)
        {
            foreach (var directive in directives?.Items ?? [])
            {
                var name = directive.Name.StringValue;
                if (name is not ("skip" or "include")) continue;
                var condition = directive.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "if")?.Value;
                if (IsTrue(condition) == (name == "skip")) return false;
            }
            return true;
        }

        bool IsTrue(GraphQLValue? value) => value switch
        {
            GraphQLBooleanValue literal => literal.BoolValue,
            GraphQLVariable variable when variables is { ValueKind: JsonValueKind.Object } given
                                          && given.TryGetProperty(variable.Name.StringValue, out var bound)
                                          && bound.ValueKind is JsonValueKind.True or JsonValueKind.False => bound.ValueKind == JsonValueKind.True,
            GraphQLVariable variable => plan.Operation.Variables?.Items
                .FirstOrDefault(v => v.Variable.Name.StringValue == variable.Name.StringValue)?.DefaultValue is GraphQLBooleanValue { BoolValue: true },
            _ => false,
        };
    }
}
