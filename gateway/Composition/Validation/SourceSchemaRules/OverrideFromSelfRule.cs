using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>@override takes a field over from another source schema; taking it over from itself means nothing.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Override-from-Self"/>
public sealed class OverrideFromSelfRule : ISourceSchemaRule
{
    public string Code => "OVERRIDE_FROM_SELF";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var (type, field) in schema.Fields().Where(f => f.Field.OverrideFrom() == schema.Name))
            log.Error(Code, schema.Name, field.Directive(CompositeDirectives.Override)!.Location,
                $"{type.Name}.{field.Name} overrides from '{schema.Name}', which is this schema itself. Name the source schema that resolves the field now, or remove @override.");
    }
}
