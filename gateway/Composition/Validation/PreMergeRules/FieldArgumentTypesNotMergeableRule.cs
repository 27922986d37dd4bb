using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PreMergeRules;

/// <summary>
/// The definitions of an argument of a field across source schemas have the same type apart from
/// nullability, so the merge can take the most restrictive one.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Field-Argument-Types-Mergeable"/>
public sealed class FieldArgumentTypesNotMergeableRule : IPreMergeRule
{
    public string Code => "FIELD_ARGUMENT_TYPES_NOT_MERGEABLE";

    public void Validate(IReadOnlyList<SchemaModel> schemas, CompositionLog log)
    {
        // Inaccessible types and fields, and internal ones, do not reach the composite schema's arguments.
        foreach (var types in SchemaSet.TypesByName<ComplexTypeDefinition>(schemas).Where(g => !g.Any(t => t.Type.IsInaccessible())))
        {
            foreach (var fields in SchemaSet.FieldsByName(types.Where(t => !t.Type.IsInternal())).Where(g => !g.Any(f => f.Field.IsInaccessible())))
            {
                foreach (var arguments in SchemaSet.ArgumentsByName(fields.Where(f => !f.Field.IsInternal())))
                {
                    // Same shape is an equivalence, so comparing with the first definition finds every bad pair.
                    var first = arguments.First();
                    foreach (var argument in arguments.Skip(1).Where(a => !SchemaSet.SameTypeShape(a.Argument.Type, first.Argument.Type)))
                    {
                        log.Report(Code, argument.Place,
                            $"The argument {argument.Coordinate} is {argument.Argument.Type} here, but {first.Argument.Type} in schema {first.Schema.Name}. " +
                            $"Give it the same named type and list nesting in every schema (only nullability may differ), or rename it.",
                            [first.Place]);
                    }
                }
            }
        }
    }
}
