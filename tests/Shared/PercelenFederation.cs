using FederatedGraph.Composition;
using FederatedGraph.Composition.Output;
using FederatedGraph.Composition.SourceSchemas;
using FederatedGraph.Gateway.Configuration;

namespace FederatedGraph.Tests.Shared;

/// <summary>
/// Two small source schemas whose key passes a constant argument, which none of the five registries does: a parcel
/// is numbered in several registers, and <c>id(bron: KADASTER)</c> is the number that identifies it. "kadaster"
/// owns Perceel and its area; "gemeente" lists the parcels with their zoning and a levy that requires the area in
/// square metres (<c>@require(field: "oppervlakte(eenheid: M2)")</c>). Shared by the planner and executor tests
/// (linked into both projects).
/// </summary>
public static class PercelenFederation
{
    public const string Kadaster = """
        enum Bron { KADASTER GEMEENTE }
        enum Eenheid { M2 HA }
        type Query { perceel(id: ID! @is(field: "id(bron: KADASTER)")): Perceel @lookup }
        type Perceel @key(fields: "id(bron: KADASTER)") {
          id(bron: Bron!): ID!
          oppervlakte(eenheid: Eenheid! = M2): Float
        }
        """;

    public const string Gemeente = """
        enum Bron { KADASTER GEMEENTE }
        type Query {
          percelen: [Perceel!]!
          perceel(id: ID! @is(field: "id(bron: KADASTER)")): Perceel @lookup @internal
        }
        type Perceel @key(fields: "id(bron: KADASTER)") {
          id(bron: Bron!): ID!
          bestemming: String
          ozb(oppervlakte: Float @require(field: "oppervlakte(eenheid: M2)")): Float
        }
        """;

    /// <summary>The gateway configuration composed from both source schemas; composition must succeed.</summary>
    public static GatewayConfiguration Compose(bool variableBatching = false)
        => Compose(variableBatching, ("kadaster", Kadaster), ("gemeente", Gemeente));

    /// <summary>The gateway configuration composed from other source schemas on the same theme.</summary>
    public static GatewayConfiguration Compose(params (string Name, string Sdl)[] schemas) => Compose(false, schemas);

    private static GatewayConfiguration Compose(bool variableBatching, params (string Name, string Sdl)[] schemas)
    {
        var settings = new SourceSchemaSettings(null, new SourceSchemaCapabilities(variableBatching, RequestBatching: false));
        var sources = schemas.Select(s => new SourceSchema(s.Name, s.Sdl, settings)).ToArray();
        var result = Composer.Compose(sources);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Errors.Select(e => e.ToString())));
        return GatewayConfigurationBuilder.Build(result.Schema!, sources);
    }
}
