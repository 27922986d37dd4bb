using GraphQL;
using FederatedGraph.Authorization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace FederatedGraph.Security;

/// <summary>
/// Finds every field and argument an operation uses, through fragments (each once: its type condition fixes its
/// coordinates), inline fragments on union members and interfaces, and aliases (the field's name counts, not the
/// alias). <c>@skip</c>/<c>@include</c> are ignored: what may be asked is judged, not what this request's variables pick.
/// Unknown fields are left to validation.
/// </summary>
public static class OperationCoordinateCollector
{
    /// <param name="judgedByResult">Fields judged only by what they return, not as fields of their own: a registry's
    /// lookups, which the gateway calls on a caller's behalf.</param>
    /// <param name="suppliedByGateway">Arguments the gateway fills in itself (a registry's <c>@require</c> arguments).</param>
    public static OperationCoordinates Collect(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation,
        Func<IFieldType, bool>? judgedByResult = null, Func<QueryArgument, bool>? suppliedByGateway = null)
    {
        var walk = new Walk(schema, document, judgedByResult ?? (_ => false), suppliedByGateway ?? (_ => false));
        IGraphType? root = operation.Operation switch
        {
            OperationType.Query => schema.Query,
            OperationType.Mutation => schema.Mutation,
            _ => schema.Subscription,
        };
        if (root is not null) walk.Visit(operation.SelectionSet, root);
        return new OperationCoordinates(walk.Fields, walk.Parameters);
    }

    private sealed class Walk(ISchema schema, GraphQLDocument document, Func<IFieldType, bool> judgedByResult, Func<QueryArgument, bool> suppliedByGateway)
    {
        private readonly HashSet<string> _fragmentsSeen = new(StringComparer.Ordinal);

        public List<FieldUse> Fields { get; } = [];

        public List<string> Parameters { get; } = [];

        public void Visit(GraphQLSelectionSet selectionSet, IGraphType parent)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        VisitField(field, parent);
                        break;
                    case GraphQLInlineFragment inline:
                        if (TypeOrParent(inline.TypeCondition, parent) is { } type) Visit(inline.SelectionSet, type);
                        break;
                    case GraphQLFragmentSpread spread when _fragmentsSeen.Add(spread.FragmentName.Name.StringValue):
                        var definition = document.Definitions.OfType<GraphQLFragmentDefinition>()
                            .FirstOrDefault(d => d.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
                        if (definition is not null && TypeOrParent(definition.TypeCondition, parent) is { } fragmentType)
                            Visit(definition.SelectionSet, fragmentType);
                        break;
                }
            }
        }

        private void VisitField(GraphQLField field, IGraphType parent)
        {
            var name = field.Name.StringValue;
            // Introspection is answered from the schema the caller may see; __typename names a type only.
            if (name.StartsWith("__", StringComparison.Ordinal) || parent is not IComplexGraphType complex) return;
            if (complex.GetField(name) is not { } definition) return;
            if (!judgedByResult(definition))
            {
                Fields.Add(new FieldUse(complex.Name, name, PossibleTypes(complex)));
                foreach (var argument in field.Arguments?.Items ?? [])
                {
                    var argumentName = argument.Name.StringValue;
                    if (definition.Arguments?.Find(argumentName) is { } declared && suppliedByGateway(declared)) continue;
                    Parameters.Add(GrantResolver.ArgumentCoordinate(complex.Name, name, argumentName));
                }
            }
            if (field.SelectionSet is not null && definition.ResolvedType?.GetNamedType() is { } type) Visit(field.SelectionSet, type);
        }

        private IGraphType? TypeOrParent(GraphQLTypeCondition? condition, IGraphType parent)
            => condition is null ? parent : schema.AllTypes[condition.Type.Name.StringValue];

        private static IReadOnlyList<string> PossibleTypes(IComplexGraphType type)
            => type is IInterfaceGraphType abstractType ? [.. abstractType.PossibleTypes.Select(t => t.Name)] : [];
    }
}
