using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.FieldSelection;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <summary>
/// A <c>@require</c> map names the fields the gateway must fetch from OTHER source schemas and pass as the
/// argument. They must exist there on the declaring type (each may come from a different schema) and fit the
/// argument; a field the declaring schema resolves itself must not be required. Syntax errors are
/// REQUIRE_INVALID_SYNTAX's and are skipped here.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Require-Invalid-Fields"/>
public sealed class RequireInvalidFieldsRule : IPostMergeRule
{
    public string Code => "REQUIRE_INVALID_FIELDS";

    public void Validate(MergedSchema merged, CompositionLog log)
    {
        foreach (var source in merged.SourceSchemas)
        {
            var others = merged.SourceSchemas.Where(s => s != source).ToList();
            var validator = new SelectionMapValidator(new OutputSchemaContext(others), source);
            foreach (var type in source.ComplexTypes)
            {
                foreach (var field in type.Fields)
                {
                    foreach (var argument in field.Arguments)
                    {
                        if (argument.RequireMap() is not { } map || FieldSelectionMap.TryParse(map, out _) is not { } parsed) continue;
                        var problem = OwnField(merged, source, type, parsed) ?? validator.Validate(parsed, type.Name, argument.Type);
                        if (problem is null) continue;

                        log.Error(Code, source.Name, argument.Directive(CompositeDirectives.Require)!.Location,
                            $"The @require map \"{map}\" on {type.Name}.{field.Name}({argument.Name}:) is invalid: {problem}. "
                            + $"Require only {type.Name} fields that other source schemas ({Names(others)}) resolve, in the shape of {argument.Type}.");
                    }
                }
            }
        }
    }

    /// <summary>A root field of the map that the declaring schema resolves itself (not external, internal or overridden).</summary>
    private static string? OwnField(MergedSchema merged, SchemaModel source, ComplexTypeDefinition type, SelectedValue map)
    {
        var own = SelectionMapValidator.RootFields(map).FirstOrDefault(name =>
            type.Fields[name] is { } field && !field.IsExternal() && !field.IsInternal()
            && !merged.SourcesOf(type.Name, name).Any(s => s.Schema == source.Name && s.IsOverridden));
        return own is null ? null : $"{source.Name} resolves {type.Name}.{own} itself, so there is nothing to require: use the value in {source.Name} directly and drop @require, or leave {own} to the schema that owns it";
    }

    private static string Names(IReadOnlyList<SchemaModel> schemas)
        => schemas.Count == 0 ? "none" : string.Join(", ", schemas.Select(s => s.Name));
}
