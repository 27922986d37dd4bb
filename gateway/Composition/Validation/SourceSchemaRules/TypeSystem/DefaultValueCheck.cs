using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules.TypeSystem;

/// <summary>A default value must be a value of its argument's or input field's type.</summary>
internal sealed class DefaultValueCheck : ITypeSystemCheck
{
    public void Check(SchemaModel schema, Report report)
    {
        foreach (var (value, coordinate) in Defaulted(schema))
        {
            if (InputValueCoercion.Problem(schema, value.DefaultValue!, value.Type) is { } problem)
                report(value.Location, $"The default value of {coordinate} does not fit {value.Type}: {problem}. Give a default of type {value.Type}, or none.");
        }
    }

    private static IEnumerable<(InputValueDefinition Value, string Coordinate)> Defaulted(SchemaModel schema)
    {
        var values = schema.FieldArguments().Select(a => (a.Argument, SourceSchemaElements.Coordinate(a.Type, a.Field, a.Argument)))
            .Concat(schema.Types.OfType<InputObjectTypeDefinition>().SelectMany(i => i.Fields.Select(f => (f, $"{i.Name}.{f.Name}"))))
            .Concat(schema.DirectiveDefinitions.SelectMany(d => d.Arguments.Select(a => (a, $"@{d.Name}({a.Name}:)"))));
        return values.Where(v => v.Item1.DefaultValue is not null);
    }
}
