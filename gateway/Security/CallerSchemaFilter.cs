using GraphQL;
using System.Collections.Concurrent;
using FederatedGraph.Authorization;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace FederatedGraph.Security;

/// <summary>
/// Introspection per caller: the schema a caller sees (and so the IDE's documentation and autocomplete) holds only
/// the fields and arguments its permission allows, and the types reachable through them. Set on a process's schema;
/// the endpoint names the request's permission with <see cref="Use"/> before it executes. Outside a request (schema
/// export, printing) nothing is filtered: the schema is no personal data, and requests without a permission never execute.
/// </summary>
public sealed class CallerSchemaFilter(ISchema schema) : ISchemaFilter
{
    private static readonly AsyncLocal<Permission?> Current = new();

    private readonly ConcurrentDictionary<Permission, VisibleSchema> _visible = new();
    private readonly Lazy<Dictionary<IFieldType, string>> _parents = new(() => ParentsOf(schema));

    /// <summary>Makes <paramref name="schema"/> introspect per caller: sets this filter, and makes <c>__type(name:)</c> answer
    /// null for a type the caller may not see (GraphQL.NET's own resolver looks types up without the filter).</summary>
    public static void Apply(ISchema schema)
    {
        schema.Filter = new CallerSchemaFilter(schema);
        schema.TypeMetaFieldType.Resolver = new FuncFieldResolver<object?>(async context =>
            context.Schema.AllTypes[context.GetArgument<string>("name")] is { } type && await context.Schema.Filter.AllowType(type) ? type : null);
    }

    /// <summary>The permission the rest of this request's flow introspects under.</summary>
    public static void Use(Permission permission) => Current.Value = permission;

    public Task<bool> AllowType(IGraphType type) => Task.FromResult(Visible() is not { } visible || visible.Types.Contains(type.Name) || IsBuiltIn(type.Name));

    public Task<bool> AllowField(IGraphType parent, IFieldType field)
        => Task.FromResult(Visible() is not { } visible || field.Name.StartsWith("__", StringComparison.Ordinal) || IsBuiltIn(parent.Name)
               || visible.Fields.Contains(GrantResolver.Coordinate(parent.Name, field.Name)));

    public Task<bool> AllowArgument(IFieldType field, QueryArgument argument)
        => Task.FromResult(Current.Value is not { } permission || !_parents.Value.TryGetValue(field, out var parent) || IsBuiltIn(parent)
               || permission.AllowsParameter(GrantResolver.ArgumentCoordinate(parent, field.Name, argument.Name)));

    public Task<bool> AllowEnumValue(EnumerationGraphType parent, EnumValueDefinition enumValue) => Task.FromResult(true);

    public Task<bool> AllowDirective(Directive directive) => Task.FromResult(true);

    private VisibleSchema? Visible() => Current.Value is { } permission ? _visible.GetOrAdd(permission, p => VisibleSchema.Of(schema, p)) : null;

    private static bool IsBuiltIn(string typeName)
        => typeName.StartsWith("__", StringComparison.Ordinal) || typeName is "String" or "Int" or "Float" or "Boolean" or "ID";

    private static Dictionary<IFieldType, string> ParentsOf(ISchema schema)
    {
        var parents = new Dictionary<IFieldType, string>(ReferenceEqualityComparer.Instance);
        foreach (var type in schema.AllTypes.OfType<IComplexGraphType>())
            foreach (var field in type.Fields) parents[field] = type.Name;
        return parents;
    }

    /// <summary>
    /// The types and fields one permission may see. Starting from the root types, allowed fields lead to the types they
    /// return; then types that are left without a visible field, and unions without a visible member, are taken out
    /// again until nothing changes, so the caller gets a valid schema with no empty types. Input types are those the
    /// allowed arguments of visible fields take.
    /// </summary>
    private sealed record VisibleSchema(HashSet<string> Types, HashSet<string> Fields)
    {
        public static VisibleSchema Of(ISchema schema, Permission permission)
        {
            var roots = new[] { schema.Query, schema.Mutation, schema.Subscription }.OfType<IComplexGraphType>().ToList();
            var types = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Queue<IGraphType>(roots);
            while (pending.TryDequeue(out var type))
            {
                if (!types.Add(type.Name)) continue;
                switch (type)
                {
                    case IComplexGraphType complex:
                        foreach (var field in complex.Fields.Where(f => Allowed(permission, complex, f)))
                            pending.Enqueue(field.ResolvedType!.GetNamedType());
                        if (complex is IInterfaceGraphType abstractType) foreach (var possible in abstractType.PossibleTypes) pending.Enqueue(possible);
                        break;
                    case UnionGraphType union:
                        foreach (var member in union.PossibleTypes) pending.Enqueue(member);
                        break;
                }
            }

            var fields = new HashSet<string>(StringComparer.Ordinal);
            for (var changed = true; changed;)
            {
                changed = false;
                fields.Clear();
                foreach (var type in schema.AllTypes.Where(t => types.Contains(t.Name)))
                {
                    var keep = type switch
                    {
                        // A schema needs its query type, even an empty one; mutations the caller may not use are left out.
                        IComplexGraphType complex => CollectFields(permission, complex, types, fields) > 0 || complex == schema.Query,
                        UnionGraphType union => union.PossibleTypes.Any(m => types.Contains(m.Name)),
                        _ => true,
                    };
                    if (!keep) changed |= types.Remove(type.Name);
                }
            }

            foreach (var type in schema.AllTypes.OfType<IComplexGraphType>().Where(t => types.Contains(t.Name)))
                foreach (var field in type.Fields.Where(f => fields.Contains(GrantResolver.Coordinate(type.Name, f.Name))))
                    foreach (var argument in field.Arguments ?? [])
                        if (permission.AllowsParameter(GrantResolver.ArgumentCoordinate(type.Name, field.Name, argument.Name)))
                            AddInputType(argument.ResolvedType!.GetNamedType(), types);
            // Directives are all shown (a registry's @key, @lookup ...), so the types of their arguments are too.
            foreach (var directive in schema.Directives)
                foreach (var argument in directive.Arguments ?? [])
                    AddInputType(argument.ResolvedType!.GetNamedType(), types);
            return new VisibleSchema(types, fields);
        }

        private static bool Allowed(Permission permission, IComplexGraphType type, IFieldType field)
            => permission.Allows(new FieldUse(type.Name, field.Name,
                type is IInterfaceGraphType abstractType ? [.. abstractType.PossibleTypes.Select(t => t.Name)] : []));

        /// <summary>Adds the allowed fields of a type whose return type is still visible; returns how many.</summary>
        private static int CollectFields(Permission permission, IComplexGraphType type, HashSet<string> types, HashSet<string> fields)
        {
            var count = 0;
            foreach (var field in type.Fields)
            {
                var returns = field.ResolvedType!.GetNamedType();
                if (!Allowed(permission, type, field) || (returns is IComplexGraphType or UnionGraphType && !types.Contains(returns.Name))) continue;
                fields.Add(GrantResolver.Coordinate(type.Name, field.Name));
                count++;
            }
            return count;
        }

        private static void AddInputType(IGraphType type, HashSet<string> types)
        {
            if (!types.Add(type.Name) || type is not IInputObjectGraphType input) return;
            foreach (var field in input.Fields) AddInputType(field.ResolvedType!.GetNamedType(), types);
        }
    }
}
