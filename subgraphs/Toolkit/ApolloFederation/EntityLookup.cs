using System.Text.RegularExpressions;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Toolkit.ApolloFederation;

/// <summary>
/// A <c>@lookup</c> field the registry can resolve an Apollo entity representation with: every argument maps, through
/// its <c>@is</c> or its own name, onto one field of the entity, so the representation's key fields are its arguments.
/// A lookup whose <c>@is</c> is a path or a choice (<c>a.b</c>, <c>{ ... }</c>, <c>a | b</c>) is not one: representations
/// carry key fields, not those shapes.
/// </summary>
internal sealed partial record EntityLookup(FieldType Field, IReadOnlyList<(QueryArgument Argument, string EntityField)> Arguments)
{
    /// <summary>The lookups among the fields of <paramref name="query"/>, before or after the schema is initialised.</summary>
    public static IEnumerable<EntityLookup> In(IComplexGraphType query)
    {
        foreach (var field in query.Fields)
        {
            if (!field.IsLookup() || field.Arguments is not { Count: > 0 } arguments || ReturnsList(field)) continue;
            var mapped = arguments.Select(argument => (Argument: argument, EntityField: EntityFieldOf(argument))).ToList();
            if (mapped.All(m => m.EntityField is not null))
                yield return new EntityLookup(field, [.. mapped.Select(m => (m.Argument, m.EntityField!))]);
        }
    }

    /// <summary>The entity's graph type, once the schema is initialised.</summary>
    public IGraphType EntityType => Field.ResolvedType!.GetNamedType();

    /// <summary>The entity fields a representation must carry for this lookup: those of its non-null arguments.</summary>
    public IEnumerable<string> RequiredFields => Arguments.Where(a => a.Argument.ResolvedType is NonNullGraphType).Select(a => a.EntityField);

    private static bool ReturnsList(FieldType field)
    {
        if (field.ResolvedType is { } resolved)
            return (resolved is NonNullGraphType nonNull ? nonNull.ResolvedType : resolved) is ListGraphType;
        var type = field.Type!;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(NonNullGraphType<>)) type = type.GetGenericArguments()[0];
        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ListGraphType<>);
    }

    private static string? EntityFieldOf(QueryArgument argument)
    {
        var mapped = argument.FindAppliedDirective(CompositeDirectives.Is)?.FindArgument("field")?.Value as string ?? argument.Name;
        return FieldName().IsMatch(mapped) ? mapped : null;
    }

    [GeneratedRegex("^[_A-Za-z][_0-9A-Za-z]*$")]
    private static partial Regex FieldName();
}
