using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>A lookup finds an entity by the key its arguments carry; without arguments there is no key.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Lookup-Must-Have-Arguments"/>
public sealed class LookupMustHaveArgumentsRule : ISourceSchemaRule
{
    public string Code => "LOOKUP_MUST_HAVE_ARGUMENTS";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var (type, field) in schema.Fields().Where(f => f.Field.IsLookup() && f.Field.Arguments.Count == 0))
            log.Error(Code, schema, field,
                $"The lookup {type.Name}.{field.Name} has no arguments. Add the key fields of {field.Type.NamedType} as arguments, e.g. {field.Name}(id: ID!).");
    }
}
