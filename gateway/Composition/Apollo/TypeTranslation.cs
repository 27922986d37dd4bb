using FederatedGraph.Gateway.Configuration;
using GraphQLParser.AST;
using static FederatedGraph.Composition.Apollo.SupergraphReader;

namespace FederatedGraph.Composition.Apollo;

/// <summary>The supergraph's object, interface and union types as the gateway configuration's types.</summary>
internal sealed class TypeTranslation(IReadOnlyList<GraphQLTypeDefinition> types, IReadOnlyDictionary<string, SupergraphReader.Graph> graphs)
{
    private readonly Dictionary<string, GraphQLTypeDefinition> _byName = types.ToDictionary(t => t.Name.StringValue, StringComparer.Ordinal);

    /// <summary>Join v0.1 supergraphs have no <c>@join__implements</c>/<c>@join__unionMember</c>: every subgraph of a member counts.</summary>
    private readonly bool _hasMembership = types.Any(t => Has(DirectivesOf(t), "join__implements") || Has(DirectivesOf(t), "join__unionMember"));

    public List<TypeConfiguration> Translate()
    {
        var translated = types
            .Where(t => t is GraphQLObjectTypeDefinition or GraphQLInterfaceTypeDefinition or GraphQLUnionTypeDefinition)
            .Select(Type)
            .ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var type in types.OfType<GraphQLInterfaceTypeDefinition>())
            foreach (var join in JoinTypes(type).Where(j => j.InterfaceObject))
                AddInterfaceObject(type, join, translated);
        return [.. translated.Values.OrderBy(t => t.Name, StringComparer.Ordinal)];
    }

    private sealed record JoinType(string Schema, string? Key, bool Resolvable, bool InterfaceObject);

    private IEnumerable<JoinType> JoinTypes(GraphQLTypeDefinition type)
        => Directives(DirectivesOf(type), "join__type").Select(d => new JoinType(
            SchemaOf(d) ?? throw new SupergraphException($"@join__type on {type.Name.StringValue} names no known graph."),
            String(d, "key"),
            Bool(d, "resolvable", true),
            Bool(d, "isInterfaceObject", false)));

    private string? SchemaOf(GraphQLDirective directive)
        => EnumValue(directive, "graph") is { } graph && graphs.TryGetValue(graph, out var found) ? found.Name : null;

    private IReadOnlyList<string> SchemasOf(GraphQLTypeDefinition type)
    {
        var schemas = JoinTypes(type).Select(j => j.Schema).Distinct().ToList();
        return schemas.Count > 0 ? schemas : graphs.Values.Select(g => g.Name).ToList();
    }

    private TypeConfiguration Type(GraphQLTypeDefinition type)
    {
        var joins = JoinTypes(type).ToList();
        var schemas = SchemasOf(type);
        return new TypeConfiguration
        {
            Name = type.Name.StringValue,
            Kind = type switch
            {
                GraphQLObjectTypeDefinition => TypeConfigurationKind.Object,
                GraphQLInterfaceTypeDefinition => TypeConfigurationKind.Interface,
                _ => TypeConfigurationKind.Union,
            },
            Inaccessible = Has(DirectivesOf(type), "inaccessible"),
            SourceSchemas = schemas,
            Keys = joins.Where(j => j.Key is not null).Select(j => new KeyConfiguration { Schema = j.Schema, Fields = j.Key! }).ToList(),
            // resolvable: false keys identify the entity for other subgraphs; this one cannot be asked for it.
            Lookups = joins.Where(j => j.Key is not null && j.Resolvable).Select(j => EntitiesLookup(j.Schema, j.Key!, null)).ToList(),
            PossibleTypes = type switch
            {
                GraphQLInterfaceTypeDefinition => schemas.Select(s => new PossibleTypesConfiguration
                {
                    Schema = s,
                    // An interface object hides the implementations from its subgraph.
                    Types = joins.Any(j => j.Schema == s && j.InterfaceObject) ? [] : Implementations(type.Name.StringValue, s),
                }).ToList(),
                GraphQLUnionTypeDefinition union => schemas.Select(s => new PossibleTypesConfiguration { Schema = s, Types = Members(union, s) }).ToList(),
                _ => [],
            },
            Fields = type switch
            {
                GraphQLObjectTypeDefinition o => Fields(o.Fields, Owner(type) is { } owner ? [owner] : schemas),
                GraphQLInterfaceTypeDefinition i => Fields(i.Fields, Owner(type) is { } owner ? [owner] : schemas),
                _ => [],
            },
        };
    }

    private static LookupConfiguration EntitiesLookup(string schema, string key, string? typeName) => new()
    {
        Schema = schema,
        Field = "_entities",
        Key = key,
        Entities = true,
        TypeName = typeName,
    };

    /// <summary>Join v0.1: the subgraph that owns an entity resolves the fields no <c>@join__field</c> assigns.</summary>
    private string? Owner(GraphQLTypeDefinition type)
        => Directives(DirectivesOf(type), "join__owner").Select(SchemaOf).FirstOrDefault();

    private List<string> Implementations(string interfaceName, string schema)
        => types.OfType<GraphQLObjectTypeDefinition>()
            .Where(o => _hasMembership
                ? Directives(DirectivesOf(o), "join__implements").Any(d => SchemaOf(d) == schema && String(d, "interface") == interfaceName)
                : (o.Interfaces?.Items.Any(i => i.Name.StringValue == interfaceName) ?? false) && SchemasOf(o).Contains(schema))
            .Select(o => o.Name.StringValue)
            .ToList();

    private List<string> Members(GraphQLUnionTypeDefinition union, string schema)
        => _hasMembership
            ? Directives(union.Directives, "join__unionMember").Where(d => SchemaOf(d) == schema).Select(d => String(d, "member")!).ToList()
            : (union.Types?.Items ?? []).Select(t => t.Name.StringValue)
                .Where(m => _byName.TryGetValue(m, out var member) && SchemasOf(member).Contains(schema)).ToList();

    private List<FieldConfiguration> Fields(GraphQLFieldsDefinition? fields, IReadOnlyList<string> defaultSchemas)
        => (fields?.Items ?? []).Select(field => new FieldConfiguration
        {
            Name = field.Name.StringValue,
            Type = Print(field.Type),
            Inaccessible = Has(field.Directives, "inaccessible"),
            Arguments = (field.Arguments?.Items ?? []).Select(a => new ArgumentConfiguration
            {
                Name = a.Name.StringValue,
                Type = Print(a.Type),
                DefaultValue = a.DefaultValue is null ? null : Print(a.DefaultValue),
                Inaccessible = Has(a.Directives, "inaccessible"),
            }).ToList(),
            Sources = Sources(field, defaultSchemas),
        }).ToList();

    /// <summary>
    /// A field without <c>@join__field</c> is resolved by every subgraph of its type; otherwise by the graphs its
    /// <c>@join__field</c>s name (one without a graph stands for a field only an interface object resolves).
    /// </summary>
    private List<FieldSourceConfiguration> Sources(GraphQLFieldDefinition field, IReadOnlyList<string> defaultSchemas)
    {
        var joins = Directives(field.Directives, "join__field").ToList();
        var type = Print(field.Type);
        if (joins.Count == 0)
            return defaultSchemas.Select(s => new FieldSourceConfiguration { Schema = s, Type = type }).ToList();
        return joins
            .Where(j => SchemaOf(j) is not null)
            .Select(j => new FieldSourceConfiguration
            {
                Schema = SchemaOf(j)!,
                Type = String(j, "type") ?? type,
                External = Bool(j, "external", false),
                // usedOverridden: the field moved away with @override; the old subgraph still has it for its keys.
                Overridden = Bool(j, "usedOverridden", false),
                Requires = String(j, "requires"),
                Provides = String(j, "provides"),
            })
            .GroupBy(s => s.Schema)
            .Select(g => g.First())
            .ToList();
    }

    /// <summary>
    /// The subgraph that has <paramref name="interfaceType"/> as <c>@interfaceObject</c> resolves the interface's fields
    /// it declares for every implementing object, fetched by key under the interface's name.
    /// </summary>
    private void AddInterfaceObject(GraphQLInterfaceTypeDefinition interfaceType, JoinType join, Dictionary<string, TypeConfiguration> translated)
    {
        var interfaceName = interfaceType.Name.StringValue;
        var interfaceFields = translated[interfaceName].Fields;
        foreach (var implementation in types.OfType<GraphQLObjectTypeDefinition>()
                     .Where(o => o.Interfaces?.Items.Any(i => i.Name.StringValue == interfaceName) ?? false))
        {
            var name = implementation.Name.StringValue;
            var type = translated[name];
            var fields = type.Fields.Select(field =>
            {
                var source = interfaceFields.FirstOrDefault(f => f.Name == field.Name)?.Sources.FirstOrDefault(s => s.Schema == join.Schema);
                return source is null || field.Sources.Any(s => s.Schema == join.Schema) ? field : field with { Sources = [.. field.Sources, source] };
            }).ToList();
            var lookups = join.Key is not null && join.Resolvable && !type.Lookups.Any(l => l.Schema == join.Schema)
                ? [.. type.Lookups, EntitiesLookup(join.Schema, join.Key, interfaceName)]
                : type.Lookups;
            translated[name] = type with { Fields = fields, Lookups = lookups };
        }
    }
}
