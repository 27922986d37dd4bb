using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>@provides names subfields of what the field returns, so the field must return an object or interface.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Provides-on-Non-Composite-Field"/>
public sealed class ProvidesOnNonCompositeFieldRule : ISourceSchemaRule
{
    public string Code => "PROVIDES_ON_NON_COMPOSITE_FIELD";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var (type, field) in schema.Fields())
        {
            if (field.Directive(CompositeDirectives.Provides) is not { } provides) continue;
            if (BuiltInDefinitions.Type(schema, field.Type.NamedType) is not { } returnType || returnType is ComplexTypeDefinition) continue;
            log.Error(Code, schema.Name, provides.Location,
                $"{type.Name}.{field.Name} has @provides, but it returns the {returnType.Kind.ToString().ToLowerInvariant()} {returnType.Name}, which has no fields to provide. Remove @provides, or put it on a field that returns an object or interface type.");
        }
    }
}
