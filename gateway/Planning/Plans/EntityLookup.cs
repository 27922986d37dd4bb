using System.Text;
using System.Text.RegularExpressions;

namespace FederatedGraph.Gateway.Planning.Plans;

/// <summary>
/// How an entity fetch finds its entities: the lookup field (under <see cref="Path"/> from the query type) and
/// the variables each entity fills in from its own values (keys and required fields).
/// </summary>
public sealed partial class EntityLookup
{
    private readonly string _call;
    private readonly IReadOnlyList<string> _forwardedDefinitions;

    internal EntityLookup(IReadOnlyList<string> path, string field, IReadOnlyList<EntityVariable> variables, string call, IReadOnlyList<string> forwardedDefinitions)
    {
        Path = path;
        Field = field;
        Variables = variables;
        _call = call;
        _forwardedDefinitions = forwardedDefinitions;
    }

    /// <summary>The variable that carries an Apollo entity fetch's representations.</summary>
    public const string RepresentationsVariable = ReservedNames.Prefix + "representations";

    /// <summary>
    /// An Apollo Federation entity fetch: <c>_entities(representations:)</c> with one representation per entity, each
    /// <c>__typename</c> (<paramref name="typeName"/>) and the entity's values of its key and required fields.
    /// </summary>
    internal static EntityLookup ForEntities(string typeName, IReadOnlyList<string> keyFields, IReadOnlyList<string> requiredFields,
        IReadOnlyDictionary<string, string> requiredAliases, string selections, IReadOnlyList<string> forwardedDefinitions)
        => new([], "_entities", [new EntityVariable(RepresentationsVariable, "[_Any!]!", [])],
            $"_entities(representations: ${RepresentationsVariable}) {{ ... on {typeName} {selections} }}", forwardedDefinitions)
        {
            TypeName = typeName,
            KeyFields = keyFields,
            RequiredFields = requiredFields,
            _requiredAliases = requiredAliases,
        };

    private IReadOnlyDictionary<string, string> _requiredAliases = new Dictionary<string, string>();

    /// <summary>Where a key or required field of the representation is found in the entity's result.</summary>
    public string ResultName(string field) => _requiredAliases.GetValueOrDefault(field) ?? ReservedNames.Prefix + field;

    /// <summary>Apollo entity fetches: the <c>__typename</c> of the representations; null for lookup fields.</summary>
    public string? TypeName { get; private init; }

    /// <summary>Apollo entity fetches: the entity's key fields, found under their reserved aliases; an entity without them is not fetched.</summary>
    public IReadOnlyList<string> KeyFields { get; private init; } = [];

    /// <summary>Apollo entity fetches: the entity's fields that <c>@requires</c> passes along, found under their reserved aliases.</summary>
    public IReadOnlyList<string> RequiredFields { get; private init; } = [];

    public bool IsEntities => TypeName is not null;

    /// <summary>The fields from the query type to the type that holds the lookup field.</summary>
    public IReadOnlyList<string> Path { get; }

    public string Field { get; }

    public IReadOnlyList<EntityVariable> Variables { get; }

    /// <summary>The document for one entity.</summary>
    internal string SingleDocument()
        => Document(Path, _call, Variables.Select(v => $"${v.Name}: {v.Type}"), _forwardedDefinitions);

    /// <summary>
    /// The document for <paramref name="count"/> entities when the source schema batches neither variables nor
    /// requests: the lookup repeated under the aliases <c>_fg_0</c>, <c>_fg_1</c>, ... each with its own variables.
    /// </summary>
    public string AliasBatchDocument(int count) => AliasedDocument(Enumerable.Repeat(this, count).ToList());

    /// <summary>
    /// One document for several lookups under one path (Apollo entity fetches of one plan level): lookup
    /// <c>i</c> under the alias <c>_fg_i</c>, its hidden variables suffixed <c>_i</c>, the client's variables once.
    /// </summary>
    internal static string AliasedDocument(IReadOnlyList<EntityLookup> lookups)
    {
        var calls = new StringBuilder();
        var definitions = new List<string>();
        for (var i = 0; i < lookups.Count; i++)
        {
            var suffix = "_" + i;
            calls.Append(AliasPrefix).Append(i).Append(": ").Append(HiddenVariable().Replace(lookups[i]._call, m => m.Value + suffix)).Append(' ');
            definitions.AddRange(lookups[i].Variables.Select(v => $"${v.Name}{suffix}: {v.Type}"));
        }
        return Document(lookups[0].Path, calls.ToString().TrimEnd(), definitions, lookups.SelectMany(l => l._forwardedDefinitions).Distinct());
    }

    /// <summary>The name of a hidden variable of entity <paramref name="index"/> in an alias batch.</summary>
    public static string AliasBatchVariable(string variable, int index) => variable + "_" + index;

    public const string AliasPrefix = "_fg_";

    private static string Document(IReadOnlyList<string> path, string calls, IEnumerable<string> hiddenDefinitions, IEnumerable<string> forwardedDefinitions)
    {
        var definitions = string.Join(", ", hiddenDefinitions.Concat(forwardedDefinitions));
        var text = new StringBuilder("query");
        if (definitions.Length > 0) text.Append('(').Append(definitions).Append(')');
        text.Append(" { ");
        foreach (var field in path) text.Append(field).Append(" { ");
        text.Append(calls);
        foreach (var _ in path) text.Append(" }");
        return text.Append(" }").ToString();
    }

    [GeneratedRegex(@"\$_fg_[A-Za-z0-9_]+\b")]
    private static partial Regex HiddenVariable();
}

/// <summary>A variable of an entity fetch and where its value is found on each entity (response names).</summary>
public sealed record EntityVariable(string Name, string Type, IReadOnlyList<string> ValuePath);
