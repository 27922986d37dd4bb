using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <summary>
/// A field, argument or input field that clients can see must not use a type they cannot see: the public schema
/// would reference a type it does not contain.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Reference-To-Inaccessible-Type"/>
public sealed class ReferenceToInaccessibleTypeRule : IPostMergeRule
{
    public string Code => "REFERENCE_TO_INACCESSIBLE_TYPE";

    public void Validate(MergedSchema merged, CompositionLog log)
    {
        var schema = merged.Schema;
        foreach (var input in schema.Types.OfType<InputObjectTypeDefinition>().Visible())
            foreach (var field in input.Fields.Visible().Where(f => IsHidden(schema, f.Type)))
                Report(log, SourceDefinitions.OfInputField(merged, input.Name, field.Name).First(), $"{input.Name}.{field.Name}", field.Type);

        foreach (var type in schema.VisibleComplexTypes())
        {
            foreach (var field in type.Fields.Visible())
            {
                if (IsHidden(schema, field.Type))
                    Report(log, SourceDefinitions.OfField(merged, type.Name, field.Name).First(), $"{type.Name}.{field.Name}", field.Type);
                foreach (var argument in field.Arguments.Visible().Where(a => IsHidden(schema, a.Type)))
                    Report(log, SourceDefinitions.OfArgument(merged, type.Name, field.Name, argument.Name).First(), $"{type.Name}.{field.Name}({argument.Name}:)", argument.Type);
            }
        }
    }

    // Only a type the merge kept counts here; a type it left out (internal) is REFERENCE_TO_INTERNAL_TYPE's.
    private static bool IsHidden(SchemaModel merged, TypeReference type)
        => merged.Types[type.NamedType] is { } named && named.IsInaccessible();

    private void Report<T>(CompositionLog log, SourceDefinition<T> at, string coordinate, TypeReference type) where T : SchemaElement
        => log.Error(Code, at,
            $"{coordinate} is visible to clients but its type {type.NamedType} is @inaccessible. Mark {coordinate} @inaccessible too, or remove @inaccessible from {type.NamedType}.");
}
