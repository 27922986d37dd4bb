using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>A lookup resolves one entity by its key, so it cannot return a list.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Lookup-Returns-List"/>
public sealed class LookupReturnsListRule : ISourceSchemaRule
{
    public string Code => "LOOKUP_RETURNS_LIST";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var type in schema.ComplexTypes)
            foreach (var field in type.Fields.Where(f => f.IsLookup() && f.Type.IsList))
                log.Error(Code, schema, field,
                    $"The lookup {type.Name}.{field.Name} returns the list {field.Type}. Make it return a single {field.Type.NamedType}, looked up by its key.");
    }
}
