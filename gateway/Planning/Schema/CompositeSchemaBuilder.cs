using FederatedGraph.Gateway.Configuration;

namespace FederatedGraph.Gateway.Planning.Schema;

/// <summary>Builds the <see cref="CompositeSchema"/> the planner works on from a source of composition output.</summary>
public static class CompositeSchemaBuilder
{
    /// <summary>From the gateway configuration that composition writes (<c>schema/gateway-configuration.json</c>).</summary>
    /// <param name="publicEnums">The public schema's enums and their values, which answers are checked against.</param>
    public static CompositeSchema FromConfiguration(GatewayConfiguration configuration, IReadOnlyDictionary<string, IReadOnlySet<string>>? publicEnums = null)
    {
        var sourceSchemas = configuration.SourceSchemas.Select(s =>
            new SourceSchema(s.Name, s.Url, s.Capabilities.VariableBatching, s.Capabilities.RequestBatching, s.ApolloFederation));
        return new CompositeSchema(sourceSchemas, configuration.Types.Select(FromConfiguration), publicEnums);
    }

    private static string? Different(string fieldType, string sourceType)
    {
        var (field, source) = (TypeReference.Parse(fieldType).ToString(), TypeReference.Parse(sourceType).ToString());
        return field == source ? null : source;
    }

    private static CompositeType FromConfiguration(TypeConfiguration type) => new(
        type.Name,
        type.Kind switch
        {
            TypeConfigurationKind.Object => CompositeTypeKind.Object,
            TypeConfigurationKind.Interface => CompositeTypeKind.Interface,
            _ => CompositeTypeKind.Union,
        },
        type.Lookups.Select(l => new Lookup(
            l.Schema,
            l.Field,
            l.Path,
            l.Arguments.Select(a => new LookupArgument(a.Name, a.Type, FieldPath.Parse(a.Map))).ToArray(),
            l.Entities ? new EntitiesKey(l.TypeName ?? type.Name, FieldSet.Parse(l.Key)) : null)).ToArray(),
        type.PossibleTypes.ToDictionary(p => p.Schema, p => p.Types, StringComparer.Ordinal),
        type.Fields.Select(f => new CompositeField(
            f.Name,
            TypeReference.Parse(f.Type),
            f.Sources.Select(s => new FieldSource(
                s.Schema,
                s.External,
                s.Overridden,
                s.Provides is null ? null : ProvidedFields.Parse(s.Provides),
                s.Requirements.Select(r => new Requirement(r.Argument, r.Type, FieldPath.Parse(r.Map))).ToArray(),
                s.Requires is null ? null : FieldSet.Parse(s.Requires),
                s.Requires,
                Different(f.Type, s.Type))).ToArray())).ToArray(),
        type.Inaccessible);
}
