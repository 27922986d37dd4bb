using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <summary>
/// An <c>@internal</c> object type takes no part in the merge, so a composite field must not return it.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Reference-To-Internal-Type"/>
public sealed class ReferenceToInternalTypeRule : IPostMergeRule
{
    public string Code => "REFERENCE_TO_INTERNAL_TYPE";

    public void Validate(MergedSchema merged, CompositionLog log)
    {
        var schema = merged.Schema;
        foreach (var type in schema.ComplexTypes)
        {
            foreach (var field in type.Fields.Where(f => !schema.Exists(f.Type.NamedType)))
            {
                var at = SourceDefinitions.OfField(merged, type.Name, field.Name).First(d => !d.Element.IsInternal());
                log.Error(Code, at,
                    $"{type.Name}.{field.Name} returns {field.Type.NamedType}, which is @internal and therefore not part of the composite schema. "
                    + $"Mark {type.Name}.{field.Name} @internal as well, or remove @internal from {field.Type.NamedType}.");
            }
        }
    }
}
