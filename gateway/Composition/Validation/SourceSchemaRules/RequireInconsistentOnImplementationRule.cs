using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>
/// Composition removes @require'd arguments from the public schema. An interface field and its implementations
/// must agree on which arguments are @require'd, or the removal would break the interface contract.
/// </summary>
/// <remarks>
/// FederatedGraph's own rule: the spec removes @require'd arguments from the composite schema but names no rule for
/// interfaces; without it the public schema would break the interface contract.
/// </remarks>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec--require"/>
public sealed class RequireInconsistentOnImplementationRule : ISourceSchemaRule
{
    public string Code => "REQUIRE_INCONSISTENT_ON_IMPLEMENTATION";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var type in schema.ComplexTypes)
            foreach (var @interface in type.Interfaces.Select(name => schema.Type<ComplexTypeDefinition>(name)).OfType<ComplexTypeDefinition>())
                foreach (var interfaceField in @interface.Fields)
                {
                    if (type.Fields[interfaceField.Name] is not { } field) continue;
                    foreach (var interfaceArgument in interfaceField.Arguments)
                    {
                        if (field.Arguments[interfaceArgument.Name] is not { } argument) continue;
                        var required = interfaceArgument.HasDirective(CompositeDirectives.Require);
                        if (argument.HasDirective(CompositeDirectives.Require) == required) continue;
                        var coordinate = SourceSchemaElements.Coordinate(type, field, argument);
                        var interfaceCoordinate = SourceSchemaElements.Coordinate(@interface, interfaceField, interfaceArgument);
                        log.Error(Code, schema, argument, required
                            ? $"{interfaceCoordinate} has @require, but {coordinate} does not. Add @require to {coordinate} too, or remove it from both."
                            : $"{coordinate} has @require, but {interfaceCoordinate} does not. Add @require to {interfaceCoordinate} too, or remove it from both.");
                    }
                }
    }
}
