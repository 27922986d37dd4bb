using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>
/// An @internal field takes no part in composition, while @override takes over a composed field from another
/// schema: one field cannot do both, whether it or its object type is @internal.
/// </summary>
/// <remarks>
/// FederatedGraph's own rule: the spec defines @internal and @override but no rule for a field with both, which would
/// take over a field while taking no part in composition.
/// </remarks>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec--internal"/>
public sealed class InternalOverrideCollisionRule : ISourceSchemaRule
{
    public string Code => "INTERNAL_OVERRIDE_COLLISION";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var type in schema.ObjectTypes)
            foreach (var field in type.Fields.Where(f => f.HasDirective(CompositeDirectives.Override)))
            {
                if (type.IsInternal())
                    log.Error(Code, schema, field, $"{type.Name}.{field.Name} has @override, but its type {type.Name} is @internal. Remove @override, or move the field to a type that is not @internal.");
                else if (field.IsInternal())
                    log.Error(Code, schema, field, $"{type.Name}.{field.Name} is both @internal and @override. Remove one: an internal field cannot take over a composed field.");
            }
    }
}
