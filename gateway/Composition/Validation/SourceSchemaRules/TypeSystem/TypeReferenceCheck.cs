using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules.TypeSystem;

/// <summary>
/// Every type a field, argument or input field refers to must exist, fields must return output types, and
/// arguments and input fields must take input types.
/// </summary>
internal sealed class TypeReferenceCheck : ITypeSystemCheck
{
    public void Check(SchemaModel schema, Report report)
    {
        foreach (var type in schema.Types)
        {
            switch (type)
            {
                case ComplexTypeDefinition complex:
                    foreach (var field in complex.Fields)
                    {
                        CheckOutput(schema, field, $"{complex.Name}.{field.Name}", report);
                        foreach (var argument in field.Arguments)
                            CheckInput(schema, argument, SourceSchemaElements.Coordinate(complex, field, argument), report);
                    }
                    break;
                case InputObjectTypeDefinition input:
                    foreach (var field in input.Fields) CheckInput(schema, field, $"{input.Name}.{field.Name}", report);
                    break;
            }
        }
        foreach (var directive in schema.DirectiveDefinitions)
            foreach (var argument in directive.Arguments)
                CheckInput(schema, argument, $"@{directive.Name}({argument.Name}:)", report);
    }

    private static void CheckOutput(SchemaModel schema, OutputFieldDefinition field, string coordinate, Report report)
    {
        var named = field.Type.NamedType;
        if (BuiltInDefinitions.Type(schema, named) is not { } type)
            report(field.Location, $"{coordinate} returns {named}, which is not defined. Define the type {named}, or fix the name.");
        else if (type.Kind == TypeKind.InputObject)
            report(field.Location, $"{coordinate} returns the input object {named}, which can only be passed in. Return an object type instead.");
    }

    private static void CheckInput(SchemaModel schema, InputValueDefinition value, string coordinate, Report report)
    {
        var named = value.Type.NamedType;
        if (BuiltInDefinitions.Type(schema, named) is not { } type)
            report(value.Location, $"{coordinate} takes {named}, which is not defined. Define the type {named}, or fix the name.");
        else if (!type.IsInput)
            report(value.Location, $"{coordinate} takes the {(type.Kind == TypeKind.Union ? "union" : "output type")} {named}, which cannot be passed in. Use a scalar, enum or input object type.");
    }
}
