using System.Net;
using static FederatedGraph.Gateway.Host.Tests.GatewayServer;

namespace FederatedGraph.Gateway.Host.Tests;

public sealed class HostSettingsTests
{
    [Fact]
    public async Task Health_lists_the_loaded_source_schemas_with_url_overrides()
    {
        await using var server = await StartAsync("--Gateway:SourceSchemas:brp:Url=http://127.0.0.1:6101/graphql");

        var response = await server.Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var urls = body.GetProperty("sourceSchemas").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("url").GetString());
        Assert.Equal(["bag", "brk", "brp", "hr", "woz"], urls.Keys.Order());
        Assert.Equal("http://127.0.0.1:6101/graphql", urls["brp"]);
        Assert.Equal("http://127.0.0.1:5102/graphql", urls["bag"]);
    }

    [Fact]
    public void An_override_for_an_unknown_source_schema_stops_the_start()
    {
        var exception = Assert.Throws<GatewayStartupException>(() =>
            GatewayHost.Build(["--urls=http://127.0.0.1:0", "--Gateway:SourceSchemas:kadaster:Url=http://x/graphql"]));

        Assert.Contains("kadaster", exception.Message);
    }

    [Fact]
    public void A_missing_configuration_file_stops_the_start_with_its_path()
    {
        var exception = Assert.Throws<GatewayStartupException>(() =>
            GatewayHost.Build(["--urls=http://127.0.0.1:0", "--Gateway:ConfigurationPath=/nonexistent/gateway-configuration.json"]));

        Assert.Contains("/nonexistent/gateway-configuration.json", exception.Message);
    }

    [Fact]
    public void Execution_options_carry_the_timeout_fetch_limit_and_url_overrides()
    {
        var options = new GatewayOptions
        {
            SubgraphTimeoutSeconds = 2.5,
            Limits = new GatewayLimits { MaxFetchesPerOperation = 7 },
            SourceSchemas = { ["bag"] = new SourceSchemaEndpointOptions { Url = "http://bag/graphql" }, ["hr"] = new SourceSchemaEndpointOptions() },
        };

        var execution = options.ToExecutionOptions();

        Assert.Equal(TimeSpan.FromSeconds(2.5), execution.SubgraphTimeout);
        Assert.Equal(7, execution.MaxFetchesPerOperation);
        Assert.Equal(new Dictionary<string, string> { ["bag"] = "http://bag/graphql" }, execution.SourceSchemaUrls);
    }

    [Fact]
    public void Defaults_are_port_5100_ten_seconds_and_the_standard_forwarded_headers()
    {
        var options = new GatewayOptions();

        Assert.Equal(5100, options.Port);
        Assert.Equal(TimeSpan.FromSeconds(10), options.ToExecutionOptions().SubgraphTimeout);
        Assert.Equal(["Authorization", "Accept-Language"], options.ForwardedHeadersOrDefault);
    }
}

/// <summary>The production example configuration has no development issuer and no way around trusted documents.</summary>
public sealed class ProductionSettingsTests
{
    [Fact]
    public void The_production_example_names_an_https_authority_and_requires_trusted_documents_of_every_client()
    {
        var settings = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.Production.json"))).RootElement;

        Assert.StartsWith("https://", settings.GetProperty("Authentication").GetProperty("Authority").GetString());
        Assert.True(settings.GetProperty("Gateway").GetProperty("TrustedDocuments").GetProperty("RequiredForAllClients").GetBoolean());
    }

    [Fact]
    public void Outside_Development_a_plain_HTTP_issuer_is_refused_at_start()
    {
        var error = Assert.Throws<FederatedGraph.Security.SecurityConfigurationException>(() =>
            GatewayHost.Build(["--urls=http://127.0.0.1:0", .. FederatedGraph.Security.Testing.TestIssuer.ProcessSettings("gateway"), "--environment=Production"]));

        Assert.Contains("not HTTPS", error.Message);
    }

    [Fact]
    public void Without_an_authority_the_gateway_does_not_start()
    {
        var error = Assert.Throws<FederatedGraph.Security.SecurityConfigurationException>(() => GatewayHost.Build(["--urls=http://127.0.0.1:0", "--environment=Staging"]));

        Assert.Contains("Authentication:Authority", error.Message);
    }
}
