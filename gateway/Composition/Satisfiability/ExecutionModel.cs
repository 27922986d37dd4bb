using FederatedGraph.Composition.FieldSelection;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Satisfiability;

/// <summary>
/// What the satisfiability check asks of the merge result: who owns a field, what a source schema's field
/// returns, which lookups enter a type. Source-local declarations are kept (internal types and fields never
/// supply anything; inaccessible ones may, for the executor).
/// </summary>
internal sealed class ExecutionModel
{
    private readonly Dictionary<string, SchemaModel> sources;
    private readonly ILookup<string, Lookup> lookupsBySchema;
    private readonly Dictionary<string, SelectedValue?> parsedMaps = new(StringComparer.Ordinal);

    public ExecutionModel(MergedSchema merged)
    {
        Merged = merged;
        sources = merged.SourceSchemas.ToDictionary(s => s.Name, StringComparer.Ordinal);
        lookupsBySchema = merged.Lookups.Values.SelectMany(l => l).ToLookup(l => l.Schema, StringComparer.Ordinal);
    }

    public MergedSchema Merged { get; }

    /// <summary>The spec's FieldOwnerOptions: the candidate schemas that resolve <c>type.field</c> (not external, internal or overridden).</summary>
    public IEnumerable<FieldSource> OwnerOptions(string type, string field, CandidateSchemas candidates)
        => Merged.SourcesOf(type, field).Where(s => s.Resolves && candidates.Allows(s.Schema));

    /// <summary>The field as the source schema declares it on its own definition of the type.</summary>
    public OutputFieldDefinition? LocalField(string schema, string type, string field)
        => sources[schema].Type<ComplexTypeDefinition>(type)?.Fields[field];

    /// <summary>
    /// The spec's LookupResultContexts, per lookup: the schema's lookups that can return an object of
    /// <paramref name="type"/>, by returning it or an abstract type it is a possible type of in that schema.
    /// </summary>
    public IEnumerable<Lookup> LookupsEntering(string schema, string type)
        => lookupsBySchema[schema].Where(l => l.EntityType == type || sources[schema].PossibleTypes(l.EntityType).Any(t => t.Name == type));

    /// <summary>
    /// The spec's FieldValueContexts: the contexts the field's values start in, from the owner's local return
    /// type (abstract types expanded to the owner's non-internal possible types). Empty for scalars and enums.
    /// </summary>
    public IEnumerable<ExecutionContext> FieldValueContexts(string schema, string type, string field)
    {
        var source = sources[schema];
        if (LocalField(schema, type, field) is not { } definition || source.Types[definition.Type.NamedType] is not { IsComposite: true } returned)
            return [];
        return source.PossibleTypes(returned.Name).Where(t => !t.IsInternal()).Select(t => new ExecutionContext(schema, t.Name));
    }

    /// <summary>Whether a value of the concrete <paramref name="type"/> satisfies the type condition <c>&lt;condition&gt;</c>.</summary>
    public bool Matches(string type, string condition)
        => type == condition || Merged.Schema.PossibleTypes(condition).Any(t => t.Name == type);

    /// <summary>The parsed field selection map; null when it does not parse (source-schema validation reports that).</summary>
    public SelectedValue? Map(string text)
    {
        if (!parsedMaps.TryGetValue(text, out var value))
            parsedMaps[text] = value = FieldSelectionMap.TryParse(text, out _);
        return value;
    }

    /// <summary>Whether a client may select fields of the type: it is in the composite schema and not <c>@inaccessible</c>.</summary>
    public bool IsClientAccessible(string type) => Merged.Schema.Types[type] is { } definition && !definition.IsInaccessible();
}
