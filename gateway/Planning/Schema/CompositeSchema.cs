namespace FederatedGraph.Gateway.Planning.Schema;

/// <summary>
/// The composed schema as the planner sees it: the source schemas and, for every object, interface and union
/// type, which source schema resolves which field and by which lookups entities are fetched. Built from a
/// gateway configuration by <see cref="CompositeSchemaBuilder"/>; independent of that file's format.
/// </summary>
public sealed class CompositeSchema
{
    public const string QueryTypeName = "Query";
    public const string MutationTypeName = "Mutation";

    private readonly Dictionary<string, CompositeType> _types;
    private readonly Dictionary<string, SourceSchema> _sourceSchemas;

    private readonly IReadOnlyDictionary<string, IReadOnlySet<string>> _enums;

    public CompositeSchema(IEnumerable<SourceSchema> sourceSchemas, IEnumerable<CompositeType> types,
        IReadOnlyDictionary<string, IReadOnlySet<string>>? enums = null)
    {
        _sourceSchemas = sourceSchemas.ToDictionary(s => s.Name, StringComparer.Ordinal);
        _types = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _enums = enums ?? new Dictionary<string, IReadOnlySet<string>>();
    }

    /// <summary>
    /// The values clients may see of an enum of the public schema; null for other types, and when the schema was
    /// built without its enums. A source schema may know more (an <c>@inaccessible</c> value, one only it has).
    /// </summary>
    public IReadOnlySet<string>? EnumValues(string name) => _enums.GetValueOrDefault(name);

    public IReadOnlyCollection<SourceSchema> SourceSchemas => _sourceSchemas.Values;

    public SourceSchema SourceSchema(string name) => _sourceSchemas[name];

    /// <summary>The object, interface or union type; null for scalars and enums, which the planner treats as leaves.</summary>
    public CompositeType? Type(string name) => _types.GetValueOrDefault(name);

    /// <summary>Whether a fragment on <paramref name="typeCondition"/> applies to an object of type <paramref name="objectType"/>.</summary>
    public bool Applies(string typeCondition, string objectType)
        => typeCondition == objectType
           || (Type(typeCondition) is { IsAbstract: true } condition
               && condition.PossibleTypesBySchema.Values.Any(types => types.Contains(objectType)));
}
