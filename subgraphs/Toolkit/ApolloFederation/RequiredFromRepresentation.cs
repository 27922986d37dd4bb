using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQL.Validation;
using GraphQL.Validation.Errors;
using GraphQLParser.AST;

namespace FederatedGraph.Subgraphs.Toolkit.ApolloFederation;

/// <summary>Reads a value of an entity representation as a value of the argument it is given to.</summary>
internal static class RepresentationValues
{
    public static object? Coerce(QueryArgument argument, string field, object? value)
    {
        if (value is null) return null;
        // Keys and required fields are scalars and enums, which GraphQL.NET parses as variables.
        if (argument.ResolvedType!.GetNamedType() is not ScalarGraphType scalar)
            throw new ExecutionError($"The representation's '{field}' cannot be given to the argument '{argument.Name}' of type {argument.ResolvedType}.") { Code = ErrorCodes.InvalidArgument };
        try
        {
            return scalar.ParseValue(value);
        }
        catch (Exception exception) when (exception is not ExecutionError)
        {
            throw new ExecutionError($"The representation's '{field}' is not a valid {scalar.Name}.", exception) { Code = ErrorCodes.InvalidArgument };
        }
    }
}

/// <summary>
/// An Apollo gateway passes what a field <c>@requires</c> in the entity's representation, where our gateway passes it as
/// the <c>@require</c> argument. This wraps the resolver of every field with such an argument: when the operation gives
/// none, the value comes from the representation of the entity, if the field is selected on an entity of
/// <c>_entities</c>; anywhere else a missing non-null one is an error of that field (the validation lets it pass, see
/// <see cref="ProvidedArgumentsRule"/>).
/// </summary>
internal sealed class RequiredFromRepresentation : BaseSchemaNodeVisitor
{
    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        var required = field.Arguments?.Where(argument => argument.IsRequired()).ToArray() ?? [];
        if (required.Length > 0) field.Resolver = new Resolver(field.Resolver ?? NameFieldResolver.Instance, required);
    }

    private sealed class Resolver(IFieldResolver inner, QueryArgument[] required) : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
        {
            var missing = required.Where(argument => context.Arguments?.TryGetValue(argument.Name, out var given) != true || given.Source == ArgumentSource.FieldDefault).ToArray();
            if (missing.Length == 0) return inner.ResolveAsync(context);

            var representation = RepresentationOf(context);
            var arguments = new Dictionary<string, ArgumentValue>(context.Arguments ?? new Dictionary<string, ArgumentValue>());
            foreach (var argument in missing)
            {
                var field = argument.RequiredField();
                if (representation is not null && representation.TryGetValue(field, out var value))
                    arguments[argument.Name] = new ArgumentValue(RepresentationValues.Coerce(argument, field, value), ArgumentSource.Variable);
                else if (argument.ResolvedType is NonNullGraphType && argument.DefaultValue is null)
                    throw new ExecutionError($"The argument '{argument.Name}' is required: the gateway passes the '{field}' it fetched from another registry.") { Code = ErrorCodes.InvalidArgument };
            }
            return inner.ResolveAsync(new ResolveFieldContext(context) { Arguments = arguments });
        }

        /// <summary>The representation this field's entity was resolved from, when its parent is an item of <c>_entities</c>.</summary>
        private static IDictionary<string, object?>? RepresentationOf(IResolveFieldContext context)
        {
            if (context.Parent is not { } item || item.FieldDefinition.Name != ApolloSubgraphFields.Entities || !ApolloSubgraphFields.IsProtocolField(item.FieldDefinition)
                || item.Path.LastOrDefault() is not int index
                || item.Arguments?[ApolloSubgraphFields.Representations].Value is not IEnumerable<object?> representations)
                return null;
            return representations.ElementAtOrDefault(index) as IDictionary<string, object?>;
        }
    }
}

/// <summary>
/// GraphQL's rule that required arguments are given (<c>ProvidedNonNullArguments</c>), except for <c>@require</c>
/// arguments: an Apollo gateway gives none, since the entity's representation carries the value
/// (<see cref="RequiredFromRepresentation"/>).
/// </summary>
internal sealed class ProvidedArgumentsRule : ValidationRuleBase
{
    public static readonly ProvidedArgumentsRule Instance = new();

    private static readonly INodeVisitor Visitor = new NodeVisitors(
        new MatchingNodeVisitor<GraphQLField>(leave: (node, context) =>
        {
            foreach (var argument in context.TypeInfo.GetFieldDef()?.Arguments ?? Enumerable.Empty<QueryArgument>())
                if (IsMissing(argument, node.Arguments) && !argument.IsRequired())
                    context.ReportError(new ProvidedNonNullArgumentsError(context, node, argument));
        }),
        new MatchingNodeVisitor<GraphQLDirective>(leave: (node, context) =>
        {
            foreach (var argument in context.TypeInfo.GetDirective()?.Arguments ?? Enumerable.Empty<QueryArgument>())
                if (IsMissing(argument, node.Arguments))
                    context.ReportError(new ProvidedNonNullArgumentsError(context, node, argument));
        }));

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);

    private static bool IsMissing(QueryArgument argument, GraphQLArguments? given)
        => argument.DefaultValue is null && argument.ResolvedType is NonNullGraphType && given?.ValueFor(argument.Name) is null;
}
