using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.FieldSelection;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <summary>
/// An <c>@is</c> map says which fields of the looked-up entity an argument equals; those fields must exist, in any
/// source schema (the lookup's own or another), take the constant arguments the map passes, and fit the argument.
/// Syntax errors are IS_INVALID_SYNTAX's and are skipped here.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Is-Invalid-Fields"/>
public sealed class IsInvalidFieldsRule : IPostMergeRule
{
    public string Code => "IS_INVALID_FIELDS";

    public void Validate(MergedSchema merged, CompositionLog log)
    {
        // The map is read from the lookup's return type (the entity), as the spec's examples do, in all source
        // schemas together: the entity's fields may be the declaring schema's own.
        var context = new OutputSchemaContext(merged.SourceSchemas);
        foreach (var source in merged.SourceSchemas)
        {
            var validator = new SelectionMapValidator(context, source);
            foreach (var type in source.ComplexTypes)
            {
                foreach (var field in type.Fields)
                {
                    foreach (var argument in field.Arguments)
                    {
                        if (argument.IsMap() is not { } map || FieldSelectionMap.TryParse(map, out _) is not { } parsed) continue;
                        if (validator.Validate(parsed, field.Type.NamedType, argument.Type) is not { } problem) continue;

                        log.Error(Code, source.Name, argument.Directive(CompositeDirectives.Is)!.Location,
                            $"The @is map \"{map}\" on {type.Name}.{field.Name}({argument.Name}:) does not fit {field.Type.NamedType}: {problem}. "
                            + $"Change the map to the {field.Type.NamedType} fields this argument equals.");
                    }
                }
            }
        }
    }
}
