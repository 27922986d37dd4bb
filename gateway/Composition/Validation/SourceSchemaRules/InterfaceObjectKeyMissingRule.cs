using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>An @interfaceObject stands in for an interface's entities, so the gateway must be able to find it by a key.</summary>
/// <remarks>
/// FederatedGraph's own rule: the spec has no @interfaceObject; the composer accepts Apollo Federation's stand-ins
/// and checks them.
/// </remarks>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec--key"/>
public sealed class InterfaceObjectKeyMissingRule : ISourceSchemaRule
{
    public string Code => "INTERFACE_OBJECT_KEY_MISSING";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var type in schema.ObjectTypes.Where(t => t.HasDirective(CompositeDirectives.InterfaceObject) && !t.Keys().Any()))
            log.Error(Code, schema, type,
                $"{type.Name} is an @interfaceObject without a @key. Add a @key with the fields that identify the interface's entities, e.g. @key(fields: \"id\").");
    }
}
