using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <summary>
/// A source schema that requires an input field needs a value for it in every request, so clients must be able to
/// send it: the field must stay visible in the merged input type.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Non-Null-Input-Fields-cannot-be-inaccessible"/>
public sealed class NonNullInputFieldIsInaccessibleRule : IPostMergeRule
{
    public string Code => "NON_NULL_INPUT_FIELD_IS_INACCESSIBLE";

    public void Validate(MergedSchema merged, CompositionLog log)
    {
        // Per merged field, the first schema that requires it is reported; one finding per field is enough.
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in merged.SourceSchemas)
        {
            foreach (var input in source.Types.OfType<InputObjectTypeDefinition>())
            {
                // A hidden input type takes its fields with it; nothing can be sent to it at all.
                if (merged.Schema.Types[input.Name] is not InputObjectTypeDefinition mergedInput || mergedInput.IsInaccessible()) continue;

                foreach (var field in input.Fields.Where(f => f.Type.IsNonNull))
                {
                    if (mergedInput.Fields[field.Name] is { } kept && !kept.IsInaccessible()) continue;
                    if (!reported.Add(MergedSchema.Coordinate(input.Name, field.Name))) continue;

                    var hiddenBy = SourceDefinitions.OfInputField(merged, input.Name, field.Name).Where(d => d.Element.IsInaccessible()).Select(d => d.Schema.Name).ToList();
                    var missingIn = SourceDefinitions.OfType(merged, input.Name).Where(d => ((InputObjectTypeDefinition)d.Element).Fields[field.Name] is null).Select(d => d.Schema.Name).ToList();
                    var why = hiddenBy.Count > 0 ? $"@inaccessible in {string.Join(", ", hiddenBy)}" : $"not defined in {string.Join(", ", missingIn)}";
                    log.Error(Code, source, field,
                        $"{input.Name}.{field.Name} is required ({field.Type}) in {source.Name}, but it is {why}, so clients cannot send it. "
                        + $"Make it nullable in {source.Name}, or make it visible in every source schema that defines {input.Name}.");
                }
            }
        }
    }
}
