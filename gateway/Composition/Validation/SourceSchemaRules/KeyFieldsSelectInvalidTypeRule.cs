using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>A key identifies one entity by values; lists, interfaces and unions have no single such value.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Key-Fields-Select-Invalid-Type"/>
public sealed class KeyFieldsSelectInvalidTypeRule : ISourceSchemaRule
{
    public string Code => "KEY_FIELDS_SELECT_INVALID_TYPE";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var key in ParsedSelections.Keys(schema))
            foreach (var selected in SelectionSetWalker.Walk(schema, key.Type, key.Selection))
            {
                if (selected.Definition is not { } field || Problem(schema, field) is not { } problem) continue;
                log.Error(Code, schema.Name, key.Directive.Location,
                    $"The @key(fields: \"{key.Fields}\") on {key.Type.Name} selects {selected.Coordinate}, which returns {problem}. Key on scalar, enum or object fields that hold one value.");
            }
    }

    private static string? Problem(SchemaModel schema, OutputFieldDefinition field)
    {
        if (field.Type.IsList) return $"the list {field.Type}";
        return BuiltInDefinitions.Type(schema, field.Type.NamedType)?.Kind switch
        {
            TypeKind.Interface => $"the interface {field.Type.NamedType}",
            TypeKind.Union => $"the union {field.Type.NamedType}",
            _ => null,
        };
    }
}
