using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>A field can only provide fields its return type (and the types below it) actually has.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Provides-Invalid-Fields"/>
public sealed class ProvidesInvalidFieldsRule : ISourceSchemaRule
{
    public string Code => "PROVIDES_INVALID_FIELDS";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        // A field that returns a leaf or a union is PROVIDES_ON_NON_COMPOSITE_FIELD's finding.
        foreach (var provides in ParsedSelections.Provides(schema).Where(p => p.ReturnType is ComplexTypeDefinition))
            foreach (var problem in SelectionSetWalker.Problems(schema, provides.ReturnType, provides.Selection))
                log.Error(Code, schema.Name, provides.Directive.Location,
                    $"The @provides(fields: \"{provides.Fields}\") on {provides.Type.Name}.{provides.Field.Name} is not valid: {problem}. Select only existing fields of {provides.ReturnType.Name}.");
    }
}
