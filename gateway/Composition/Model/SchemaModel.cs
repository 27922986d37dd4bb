namespace FederatedGraph.Composition.Model;

/// <summary>
/// A GraphQL schema as composition sees it: its types, directive definitions and root types, each
/// element with the place it was written. Used for source schemas and for the merged schema.
/// </summary>
public sealed class SchemaModel(string name)
{
    /// <summary>The source schema's name (e.g. "brp"), or the composite schema's.</summary>
    public string Name { get; } = name;

    public string? Description { get; set; }

    public OrderedFieldMap<TypeDefinition> Types { get; } = new();

    public OrderedFieldMap<DirectiveDefinition> DirectiveDefinitions { get; } = new();

    /// <summary>Directives applied to the schema definition (or extension) itself.</summary>
    public List<DirectiveApplication> SchemaDirectives { get; } = [];

    /// <summary>The root operation type names, from the schema definition or else by the default names.</summary>
    public string? QueryTypeName { get; set; }

    public string? MutationTypeName { get; set; }

    public string? SubscriptionTypeName { get; set; }

    /// <summary>True when the SDL has an explicit <c>schema { ... }</c> definition.</summary>
    public bool HasSchemaDefinition { get; set; }

    public SourceLocation SchemaDefinitionLocation { get; set; }

    /// <summary>
    /// Set when the schema is an Apollo Federation subgraph read by <see cref="Apollo.SubgraphReader"/>: what its
    /// federation directives said that has no Composite Schemas counterpart in the model. Null for our own source schemas.
    /// </summary>
    public Apollo.ApolloSubgraphFacts? Apollo { get; set; }

    public ComplexTypeDefinition? QueryType => QueryTypeName is { } name ? Types[name] as ComplexTypeDefinition : null;

    public ComplexTypeDefinition? MutationType => MutationTypeName is { } name ? Types[name] as ComplexTypeDefinition : null;

    public ComplexTypeDefinition? SubscriptionType => SubscriptionTypeName is { } name ? Types[name] as ComplexTypeDefinition : null;

    public IEnumerable<ComplexTypeDefinition> ComplexTypes => Types.OfType<ComplexTypeDefinition>();

    public IEnumerable<ComplexTypeDefinition> ObjectTypes => ComplexTypes.Where(t => t.Kind == TypeKind.Object);

    public T? Type<T>(string name) where T : TypeDefinition => Types[name] as T;

    /// <summary>Whether the type is one of this schema's root operation types.</summary>
    public bool IsRootType(string typeName)
        => typeName == QueryTypeName || typeName == MutationTypeName || typeName == SubscriptionTypeName;

    /// <summary>The object types that are, or implement, or are members of the given type.</summary>
    public IEnumerable<ComplexTypeDefinition> PossibleTypes(string typeName) => Types[typeName] switch
    {
        ComplexTypeDefinition { Kind: TypeKind.Object } o => [o],
        ComplexTypeDefinition { Kind: TypeKind.Interface } i => ObjectTypes.Where(o => o.Interfaces.Contains(i.Name)),
        UnionTypeDefinition u => u.Members.Select(m => Types[m]).OfType<ComplexTypeDefinition>(),
        _ => [],
    };
}
