using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;
using FederatedGraph.Composition.SourceSchemas;
using FederatedGraph.Gateway.Configuration;

namespace FederatedGraph.Composition.Output;

/// <summary>
/// Builds the gateway configuration from a merged schema: the source schemas with their settings, and per
/// object, interface and union type where its fields come from, its keys, lookups and possible types.
/// Inaccessible members are included and flagged, since the gateway still uses them for keys and requirements;
/// internal fields are not fields of their type here (the gateway reaches internal lookups via <c>lookups</c>).
/// </summary>
public static class GatewayConfigurationBuilder
{
    public static GatewayConfiguration Build(MergedSchema merged, IReadOnlyList<SourceSchema> sources) => new()
    {
        FormatVersion = GatewayConfiguration.CurrentFormatVersion,
        SourceSchemas = [.. sources.OrderBy(s => s.Name, StringComparer.Ordinal).Select(SourceSchema)],
        Types = [.. merged.Schema.Types.Where(t => t.IsComposite).OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => Type(merged, t))],
        ProcessingActivities = merged.ProcessingActivities,
    };

    private static SourceSchemaConfiguration SourceSchema(SourceSchema source) => new()
    {
        Name = source.Name,
        Url = source.Settings.Url,
        Capabilities = new SourceSchemaCapabilitiesConfiguration
        {
            VariableBatching = source.Settings.Capabilities.VariableBatching,
            RequestBatching = source.Settings.Capabilities.RequestBatching,
        },
        ApolloFederation = source.ApolloFederation,
    };

    private static TypeConfiguration Type(MergedSchema merged, TypeDefinition type) => new()
    {
        Name = type.Name,
        Kind = type.Kind switch
        {
            TypeKind.Object => TypeConfigurationKind.Object,
            TypeKind.Interface => TypeConfigurationKind.Interface,
            _ => TypeConfigurationKind.Union,
        },
        Inaccessible = type.IsInaccessible(),
        SourceSchemas = merged.TypeSources.GetValueOrDefault(type.Name) ?? [],
        Keys = [.. merged.Keys.GetValueOrDefault(type.Name, []).Select(k => new KeyConfiguration { Schema = k.Schema, Fields = k.Fields })],
        Lookups = [.. merged.Lookups.GetValueOrDefault(type.Name, []).Select(Lookup)],
        PossibleTypes = PossibleTypes(merged, type),
        Fields = type is ComplexTypeDefinition complex ? [.. complex.Fields.Select(f => Field(merged, complex, f))] : [],
    };

    /// <summary>
    /// The object types each source schema may return for an abstract type. A source schema that has an interface
    /// but none of its object types (an Apollo <c>@interfaceObject</c>) gets an empty list: the planner then plans
    /// on the interface there, instead of assuming every object type.
    /// </summary>
    private static List<PossibleTypesConfiguration> PossibleTypes(MergedSchema merged, TypeDefinition type)
    {
        var known = merged.PossibleTypeSources.GetValueOrDefault(type.Name, [])
            .GroupBy(p => p.Schema, StringComparer.Ordinal)
            .Select(g => new PossibleTypesConfiguration { Schema = g.Key, Types = [.. g.Select(p => p.Type)] })
            .ToList();
        if (type is not ComplexTypeDefinition { Kind: TypeKind.Interface }) return known;
        var without = (merged.TypeSources.GetValueOrDefault(type.Name) ?? []).Where(s => known.All(k => k.Schema != s));
        return [.. known, .. without.Select(s => new PossibleTypesConfiguration { Schema = s, Types = [] })];
    }

    private static LookupConfiguration Lookup(Lookup lookup) => new()
    {
        Schema = lookup.Schema,
        Field = lookup.Field,
        Path = lookup.Path,
        Key = lookup.Key,
        // An entities lookup's argument (the representation built from the key) exists only for the satisfiability check.
        Arguments = lookup.Entities ? [] : [.. lookup.Arguments.Select(a => new LookupArgumentConfiguration { Name = a.Name, Type = a.Type.ToString(), Map = a.Map })],
        Internal = lookup.IsInternal,
        Entities = lookup.Entities,
        TypeName = lookup.TypeName,
    };

    private static FieldConfiguration Field(MergedSchema merged, ComplexTypeDefinition type, OutputFieldDefinition field) => new()
    {
        Name = field.Name,
        Type = field.Type.ToString(),
        Inaccessible = field.IsInaccessible(),
        Arguments =
        [
            .. field.Arguments.Select(a => new ArgumentConfiguration
            {
                Name = a.Name,
                Type = a.Type.ToString(),
                DefaultValue = a.DefaultValue is { } value ? SdlText.Value(value) : null,
                Inaccessible = a.IsInaccessible(),
            }),
        ],
        Sources = [.. merged.SourcesOf(type.Name, field.Name).Select(FieldSource)],
    };

    private static FieldSourceConfiguration FieldSource(FieldSource source) => new()
    {
        Schema = source.Schema,
        Type = source.Type.ToString(),
        External = source.IsExternal,
        Overridden = source.IsOverridden,
        Shareable = source.IsShareable,
        Provides = source.Provides,
        Requirements = [.. source.Requirements.Select(r => new RequirementConfiguration { Argument = r.Argument, Type = r.Type.ToString(), Map = r.Map })],
        Requires = source.Requires,
    };
}
