using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>The query type is every source schema's entry point for the gateway, so it cannot be hidden.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Query-Root-Type-Inaccessible"/>
public sealed class QueryRootTypeInaccessibleRule : ISourceSchemaRule
{
    public string Code => "QUERY_ROOT_TYPE_INACCESSIBLE";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        if (schema.QueryType is { } query && query.IsInaccessible())
            log.Error(Code, schema, query, $"The query root type {query.Name} is @inaccessible. Remove @inaccessible from it; hide single fields with @inaccessible instead.");
    }
}
