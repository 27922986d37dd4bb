using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Merging;

/// <summary>
/// Merges validated source schemas into one composite schema, following the spec's merge algorithm:
/// output fields take the least restrictive type, arguments and input fields the most restrictive; the first
/// description wins; <c>@inaccessible</c> anywhere hides a member everywhere (it stays in the merged schema,
/// marked, because the gateway may still need it for keys and requirements); <c>@internal</c> definitions and
/// <c>@require</c> arguments take no part. Where each part comes from is recorded beside the schema.
/// </summary>
public static class SchemaMerger
{
    /// <summary>Types every schema has implicitly; they are not merged.</summary>
    internal static readonly IReadOnlySet<string> BuiltInTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "String", "Int", "Float", "Boolean", "ID",
        CompositeDirectives.FieldSelectionSet, CompositeDirectives.FieldSelectionMap,
    };

    public static MergedSchema Merge(IReadOnlyList<SchemaModel> schemas, CompositionLog log)
    {
        _ = log; // merging itself cannot fail once pre-merge validation passed
        var merged = new MergedSchema(new SchemaModel("composite"), schemas);
        var types = new CompositeTypeGraph(schemas);
        var typeNames = schemas.SelectMany(s => s.Types).Select(t => t.Name)
            .Where(name => !BuiltInTypes.Contains(name) && !name.StartsWith("__", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal);

        foreach (var name in typeNames)
        {
            var definitions = schemas
                .Select(s => (Schema: s, Type: s.Types[name]))
                .Where(d => d.Type is not null)
                .Select(d => new Definition<TypeDefinition>(d.Schema, d.Type!))
                .ToList();
            if (MergeType(merged, types, name, definitions) is { } type) merged.Schema.Types.Add(type);
        }

        var schema = merged.Schema;
        if (schema.Types.Contains("Query")) schema.QueryTypeName = "Query";
        if (schema.Types.Contains("Mutation")) schema.MutationTypeName = "Mutation";
        if (schema.Types.Contains("Subscription")) schema.SubscriptionTypeName = "Subscription";

        foreach (var source in schemas)
        {
            RecordKeys(merged, source);
            // An Apollo subgraph has no lookup fields: each resolvable key is an _entities lookup.
            if (source.Apollo is not null) Apollo.EntityLookups.Record(merged, source);
            else LookupFinder.Record(merged, source);
        }
        Apollo.InterfaceObjects.Apply(merged);
        return merged;
    }

    private static TypeDefinition? MergeType(MergedSchema merged, CompositeTypeGraph types, string name, List<Definition<TypeDefinition>> definitions)
    {
        // A stand-in (@interfaceObject) does not decide the kind: the interface it stands for does.
        var first = definitions.Select(d => d.Element).FirstOrDefault(t => !t.IsInterfaceObject()) ?? definitions[0].Element;
        // An internal object type is the private business of its schema (e.g. a holder of internal lookups).
        var visible = first.Kind == TypeKind.Object
            ? definitions.Where(d => !d.Element.IsInternal()).ToList()
            : definitions;
        if (visible.Count == 0) return null;

        merged.TypeSources[name] = [.. visible.Select(d => d.Schema.Name)];
        TypeDefinition type = first switch
        {
            ComplexTypeDefinition complex => MergeComplexType(merged, types, name, complex.Kind, visible),
            UnionTypeDefinition => MergeUnion(merged, name, visible),
            EnumTypeDefinition => MergeEnum(name, visible),
            InputObjectTypeDefinition => MergeInputObject(name, visible),
            _ => new ScalarTypeDefinition(name, first.Location),
        };
        CopyShared(type, definitions, visible);
        return type;
    }

    private static ComplexTypeDefinition MergeComplexType(MergedSchema merged, CompositeTypeGraph types, string name, TypeKind kind, List<Definition<TypeDefinition>> definitions)
    {
        var type = new ComplexTypeDefinition(name, kind, definitions[0].Element.Location);
        var complexDefinitions = definitions.Select(d => new Definition<ComplexTypeDefinition>(d.Schema, (ComplexTypeDefinition)d.Element)).ToList();

        foreach (var interfaceName in complexDefinitions.SelectMany(d => d.Element.Interfaces).Distinct(StringComparer.Ordinal))
            type.Interfaces.Add(interfaceName);
        foreach (var definition in complexDefinitions)
            foreach (var interfaceName in definition.Element.Interfaces)
                PossibleTypes(merged, interfaceName).Add(new PossibleTypeSource(definition.Schema.Name, name));

        var fieldNames = complexDefinitions.SelectMany(d => d.Element.Fields).Select(f => f.Name).Distinct(StringComparer.Ordinal);
        foreach (var fieldName in fieldNames)
        {
            var fieldDefinitions = complexDefinitions
                .Where(d => d.Element.Fields[fieldName] is { } f && !f.IsInternal())
                .Select(d => (d.Schema, Owner: d.Element, Field: d.Element.Fields[fieldName]!))
                .ToList();
            if (fieldDefinitions.Count == 0) continue;

            var fields = fieldDefinitions.Select(d => new Definition<SchemaElement>(d.Schema, d.Field)).ToList();
            var mergedType = fieldDefinitions.Select(d => d.Field.Type).Aggregate((a, b) => TypeMerging.LeastRestrictive(a, b, types.LeastRestrictiveNamedType));
            var field = new OutputFieldDefinition(fieldName, mergedType, fieldDefinitions[0].Field.Location);
            // Descriptions from the owning schemas first: an @external copy only borrows the field.
            CopyShared(field, [.. fields.OrderBy(f => ((OutputFieldDefinition)f.Element).IsExternal())], fields);
            // An argument is only offered when every resolving schema accepts it: one that some schema leaves
            // out, or fills itself through @require, cannot be passed to all of them.
            var common = fieldDefinitions
                .Select(d => d.Field.Arguments.Where(a => a.RequireMap() is null).Select(a => a.Name))
                .Aggregate((a, b) => a.Intersect(b, StringComparer.Ordinal))
                .ToHashSet(StringComparer.Ordinal);
            MergeArguments(field.Arguments, fieldDefinitions.Select(d => new Definition<OrderedFieldMap<InputValueDefinition>>(d.Schema, d.Field.Arguments)).ToList(),
                argument => !common.Contains(argument.Name));
            type.Fields.Add(field);

            merged.FieldSources[MergedSchema.Coordinate(name, fieldName)] = [.. fieldDefinitions.Select(d => new FieldSource(
                d.Schema.Name,
                d.Field.Type,
                d.Field.IsExternal(),
                IsOverridden: fieldDefinitions.Any(other => other.Field.OverrideFrom() == d.Schema.Name),
                d.Field.IsShareable(d.Owner),
                d.Field.ProvidesFields(),
                [.. d.Field.Arguments.Where(a => a.RequireMap() is not null).Select(a => new Requirement(a.Name, a.Type, a.RequireMap()!))])
            {
                Requires = d.Schema.Apollo?.RequiresOf(name, fieldName),
            })];
        }
        return type;
    }

    private static UnionTypeDefinition MergeUnion(MergedSchema merged, string name, List<Definition<TypeDefinition>> definitions)
    {
        var union = new UnionTypeDefinition(name, definitions[0].Element.Location);
        foreach (var definition in definitions)
        {
            foreach (var member in ((UnionTypeDefinition)definition.Element).Members)
            {
                if (!union.Members.Contains(member)) union.Members.Add(member);
                PossibleTypes(merged, name).Add(new PossibleTypeSource(definition.Schema.Name, member));
            }
        }
        return union;
    }

    private static EnumTypeDefinition MergeEnum(string name, List<Definition<TypeDefinition>> definitions)
    {
        var enumType = new EnumTypeDefinition(name, definitions[0].Element.Location);
        var values = definitions.SelectMany(d => ((EnumTypeDefinition)d.Element).Values.Select(v => new Definition<SchemaElement>(d.Schema, v)));
        foreach (var group in values.GroupBy(v => v.Element.Name, StringComparer.Ordinal))
        {
            var value = new EnumValueDefinition(group.Key, group.First().Element.Location);
            CopyShared(value, [.. group], [.. group]);
            enumType.Values.Add(value);
        }
        return enumType;
    }

    private static InputObjectTypeDefinition MergeInputObject(string name, List<Definition<TypeDefinition>> definitions)
    {
        var input = new InputObjectTypeDefinition(name, definitions[0].Element.Location);
        // Intersection, not union: every source schema must accept every field the gateway may send it.
        // (The spec's merge text says union, but its input-type rules only make sense with intersection.)
        var fieldMaps = definitions.Select(d => new Definition<OrderedFieldMap<InputValueDefinition>>(d.Schema, ((InputObjectTypeDefinition)d.Element).Fields)).ToList();
        var common = fieldMaps.Select(m => m.Element.Select(f => f.Name)).Aggregate((a, b) => a.Intersect(b, StringComparer.Ordinal)).ToHashSet(StringComparer.Ordinal);
        MergeArguments(input.Fields, fieldMaps, field => !common.Contains(field.Name));
        return input;
    }

    /// <summary>Merges arguments (or input fields) by name: most restrictive type, first default, marks kept.</summary>
    private static void MergeArguments(
        OrderedFieldMap<InputValueDefinition> target,
        List<Definition<OrderedFieldMap<InputValueDefinition>>> sources,
        Func<InputValueDefinition, bool> leaveOut)
    {
        var byName = sources
            .SelectMany(s => s.Element.Where(a => !leaveOut(a)).Select(a => new Definition<InputValueDefinition>(s.Schema, a)))
            .GroupBy(a => a.Element.Name, StringComparer.Ordinal);
        foreach (var group in byName)
        {
            var definitions = group.ToList();
            var argument = new InputValueDefinition(group.Key, definitions.Select(d => d.Element.Type).Aggregate(TypeMerging.MostRestrictive), definitions[0].Element.Location)
            {
                DefaultValue = definitions.Select(d => d.Element.DefaultValue).FirstOrDefault(v => v is not null),
            };
            CopyShared(argument, [.. definitions.Select(d => new Definition<SchemaElement>(d.Schema, d.Element))], [.. definitions.Select(d => new Definition<SchemaElement>(d.Schema, d.Element))]);
            target.Add(argument);
        }
    }

    /// <summary>
    /// Description (first non-empty of <paramref name="describing"/>), deprecation (first reason among
    /// <paramref name="visible"/>) and <c>@inaccessible</c> (if any of <paramref name="all"/> has it).
    /// </summary>
    private static void CopyShared<T>(SchemaElement target, IReadOnlyList<Definition<T>> describing, IReadOnlyList<Definition<T>> visible, IReadOnlyList<Definition<T>>? all = null)
        where T : SchemaElement
    {
        target.Description = describing.Select(d => d.Element.Description).FirstOrDefault(d => !string.IsNullOrEmpty(d));
        if (visible.Select(d => d.Element.Directive("deprecated")).FirstOrDefault(d => d is not null) is { } deprecated)
            target.Directives.Add(deprecated);
        if ((all ?? visible).Select(d => d.Element.Directive(CompositeDirectives.Inaccessible)).FirstOrDefault(d => d is not null) is { } inaccessible)
            target.Directives.Add(inaccessible);
    }

    private static void CopyShared(TypeDefinition target, List<Definition<TypeDefinition>> all, List<Definition<TypeDefinition>> visible)
        => CopyShared(target, visible, visible, all);

    private static void RecordKeys(MergedSchema merged, SchemaModel source)
    {
        foreach (var type in source.Types)
        {
            foreach (var key in type.Keys())
            {
                if (key.StringArgument("fields") is not { } fields) continue;
                if (!merged.Keys.TryGetValue(type.Name, out var keys)) merged.Keys[type.Name] = keys = [];
                keys.Add(new EntityKey(source.Name, fields));
            }
        }
    }

    private static List<PossibleTypeSource> PossibleTypes(MergedSchema merged, string abstractType)
    {
        if (!merged.PossibleTypeSources.TryGetValue(abstractType, out var list)) merged.PossibleTypeSources[abstractType] = list = [];
        return list;
    }

    private readonly record struct Definition<T>(SchemaModel Schema, T Element);
}
