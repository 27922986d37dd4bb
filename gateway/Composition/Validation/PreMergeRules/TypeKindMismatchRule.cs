using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PreMergeRules;

/// <summary>A type name is one kind of type in every source schema; the merge cannot combine, say, an object and an input.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Type-Kind-Mismatch"/>
public sealed class TypeKindMismatchRule : IPreMergeRule
{
    public string Code => "TYPE_KIND_MISMATCH";

    public void Validate(IReadOnlyList<SchemaModel> schemas, CompositionLog log)
    {
        foreach (var definitions in SchemaSet.TypesByName<TypeDefinition>(schemas))
        {
            // A stand-in (@interfaceObject) is an object type on purpose: it represents the interface of its name.
            var considered = definitions.Where(d => !d.Type.IsInterfaceObject()).ToArray();
            if (considered.Length == 0) continue;

            var (firstSchema, first) = considered[0];
            foreach (var (schema, type) in considered.Where(d => d.Type.Kind != first.Kind))
            {
                log.Report(Code, new Place(schema, type.Location),
                    $"{type.Name} is {Describe(type.Kind)} here, but {Describe(first.Kind)} in schema {firstSchema.Name}. " +
                    $"A type name must be the same kind of type in every source schema: make it {Describe(first.Kind)} here, or rename it.",
                    [new Place(firstSchema, first.Location)]);
            }
        }
    }

    private static string Describe(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "a scalar",
        TypeKind.Object => "an object type",
        TypeKind.Interface => "an interface",
        TypeKind.Union => "a union",
        TypeKind.Enum => "an enum",
        _ => "an input object type",
    };
}
