using FederatedGraph.Gateway.Planning.Schema;
using GraphQLParser.AST;

namespace FederatedGraph.Gateway.Execution.Shaping;

/// <summary>
/// One entry of a response object: a response name with every occurrence of its field in the client's
/// selections on that object type (merged, as the GraphQL spec's CollectFields does).
/// </summary>
internal sealed class ResponseField(string responseName, string fieldName, string parentType, TypeReference? type)
{
    private readonly Lock _lock = new();
    private Dictionary<string, ResponseField[]>? _children;

    public string ResponseName { get; } = responseName;

    public string FieldName { get; } = fieldName;

    public string ParentType { get; } = parentType;

    /// <summary>The field's type; null for <c>__typename</c>, which the gateway answers itself.</summary>
    public TypeReference? Type { get; } = type;

    public List<GraphQLSelectionSet> SelectionSets { get; } = [];

    /// <summary>The fields below this one on an object of <paramref name="objectType"/>, collected once per type.</summary>
    public ResponseField[] Children(string objectType, Func<ResponseField, string, ResponseField[]> collect)
    {
        lock (_lock)
        {
            _children ??= new Dictionary<string, ResponseField[]>(StringComparer.Ordinal);
            if (!_children.TryGetValue(objectType, out var children))
                _children[objectType] = children = collect(this, objectType);
            return children;
        }
    }
}
