using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PreMergeRules;

/// <summary>
/// An <c>@interfaceObject</c> stand-in is keyed on one of the keys of its interface, so the gateway can
/// look up the stand-in for any value of the interface.
/// </summary>
/// <remarks>
/// FederatedGraph's own rule: the spec has no @interfaceObject; the composer accepts Apollo Federation's stand-ins
/// and checks them.
/// </remarks>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec--key"/>
public sealed class InterfaceObjectKeyMismatchRule : IPreMergeRule
{
    public string Code => "INTERFACE_OBJECT_KEY_MISMATCH";

    public void Validate(IReadOnlyList<SchemaModel> schemas, CompositionLog log)
    {
        foreach (var definitions in SchemaSet.TypesByName<TypeDefinition>(schemas))
        {
            // Without any interface INTERFACE_OBJECT_NO_INTERFACE reports the stand-in; a missing key would only repeat it.
            var interfaces = definitions.Where(d => d.Type.Kind == TypeKind.Interface).ToArray();
            if (interfaces.Length == 0) continue;

            var interfaceKeys = interfaces
                .SelectMany(i => i.Type.Keys().Select(key => (i.Schema, Key: key, Selection: KeyFields.Parse(key))))
                .Where(k => k.Selection is not null)
                .Select(k => (k.Schema, k.Key, Fields: KeyFields.Canonical(k.Selection!)))
                .ToArray();
            foreach (var (schema, standIn) in definitions.Where(d => d.Type.IsInterfaceObject()))
            {
                if (interfaceKeys.Length == 0)
                {
                    log.Report(Code, new Place(schema, standIn.Location),
                        $"{standIn.Name} is an @interfaceObject stand-in here, but interface {standIn.Name} declares no @key in {SchemaSet.Schemas(interfaces.Select(i => i.Schema))}. " +
                        $"Add a @key to interface {standIn.Name}, and key the stand-in on it.",
                        interfaces.Select(i => new Place(i.Schema, i.Type.Location)));
                    continue;
                }
                foreach (var key in standIn.Keys())
                {
                    if (KeyFields.Parse(key) is not { } selection || interfaceKeys.Any(k => k.Fields == KeyFields.Canonical(selection))) continue;

                    var known = string.Join(", ", interfaceKeys.Select(k => $"\"{k.Fields}\" in schema {k.Schema.Name}"));
                    log.Report(Code, new Place(schema, key.Location),
                        $"The stand-in {standIn.Name} here is keyed on \"{KeyFields.Canonical(selection)}\", which is not a key of interface {standIn.Name} ({known}). " +
                        $"Key the stand-in on one of the interface's keys.",
                        interfaceKeys.Select(k => new Place(k.Schema, k.Key.Location)));
                }
            }
        }
    }
}
