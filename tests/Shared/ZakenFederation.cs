using FederatedGraph.Composition;
using FederatedGraph.Composition.Output;
using FederatedGraph.Gateway.Configuration;
using FederatedGraph.Composition.SourceSchemas;

namespace FederatedGraph.Tests.Shared;

/// <summary>
/// Two small source schemas with an interface whose implementations another source schema completes, which none
/// of the five registries has: "zaken" lists cases through the interface <c>Zaak</c>, "vergunningen" adds the
/// status of one implementation. Shared by the planner and executor tests (linked into both projects).
/// </summary>
public static class ZakenFederation
{
    public const string Zaken = """
        type Query { zaken: [Zaak!]! }
        interface Zaak { id: ID! omschrijving: String }
        type Vergunning implements Zaak @key(fields: "id") { id: ID! omschrijving: String }
        type Melding implements Zaak @key(fields: "id") { id: ID! omschrijving: String }
        """;

    public const string Vergunningen = """
        type Query { vergunning(id: ID!): Vergunning @lookup @internal }
        type Vergunning @key(fields: "id") { id: ID! status: String }
        """;

    /// <summary>The gateway configuration composed from both source schemas; composition must succeed.</summary>
    public static GatewayConfiguration Compose(bool variableBatching = false)
    {
        var settings = new SourceSchemaSettings(null, new SourceSchemaCapabilities(variableBatching, RequestBatching: false));
        SourceSchema[] sources = [new("zaken", Zaken, settings), new("vergunningen", Vergunningen, settings)];
        var result = Composer.Compose(sources);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Errors.Select(e => e.ToString())));
        return GatewayConfigurationBuilder.Build(result.Schema!, sources);
    }
}
