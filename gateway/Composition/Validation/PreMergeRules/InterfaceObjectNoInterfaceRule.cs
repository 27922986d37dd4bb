using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PreMergeRules;

/// <summary>An <c>@interfaceObject</c> stand-in binds to the interface of its name, which some source schema must define.</summary>
/// <remarks>
/// FederatedGraph's own rule: the spec has no @interfaceObject; the composer accepts Apollo Federation's stand-ins
/// and checks them.
/// </remarks>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec--key"/>
public sealed class InterfaceObjectNoInterfaceRule : IPreMergeRule
{
    public string Code => "INTERFACE_OBJECT_NO_INTERFACE";

    public void Validate(IReadOnlyList<SchemaModel> schemas, CompositionLog log)
    {
        foreach (var definitions in SchemaSet.TypesByName<TypeDefinition>(schemas).Where(g => !g.Any(d => d.Type.Kind == TypeKind.Interface)))
        {
            foreach (var (schema, standIn) in definitions.Where(d => d.Type.IsInterfaceObject()))
            {
                log.Report(Code, new Place(schema, standIn.Location),
                    $"{standIn.Name} is an @interfaceObject stand-in here, but no source schema defines an interface {standIn.Name} for it to stand in for. " +
                    $"Define interface {standIn.Name} in the schema that owns it, or remove @interfaceObject to make {standIn.Name} an ordinary object type.");
            }
        }
    }
}
