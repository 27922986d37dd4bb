using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.FieldSelection;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>The <c>fields</c> of @provides must be a selection set the gateway can read.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Provides-Invalid-Syntax"/>
public sealed class ProvidesInvalidSyntaxRule : ISourceSchemaRule
{
    public string Code => "PROVIDES_INVALID_SYNTAX";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var (type, field) in schema.Fields())
        {
            if (field.Directive(CompositeDirectives.Provides) is not { } provides) continue;
            if (provides.StringArgument("fields") is not { } fields || FieldSelectionSet.TryParse(fields, out var error) is not null) continue;
            log.Error(Code, schema.Name, provides.Location,
                $"The @provides(fields: \"{fields}\") on {type.Name}.{field.Name} is not a valid selection set: {error}. Write the provided fields as in a query, e.g. \"straat huisnummer\".");
        }
    }
}
