using FederatedGraph.BananaCakePop;
using System.Net.Sockets;
using FederatedGraph.Composition.Apollo;
using FederatedGraph.Composition.Output;
using FederatedGraph.Composition.SourceSchemas;
using FederatedGraph.Gateway.Configuration;
using FederatedGraph.Gateway.Execution;
using FederatedGraph.Gateway.Execution.Telemetry;
using FederatedGraph.Telemetry;
using FederatedGraph.Authorization;
using FederatedGraph.GraphQLOverHttp;
using FederatedGraph.Security;
using FederatedGraph.ProcessingLog;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FederatedGraph.Gateway;

/// <summary>
/// Runs the gateway: loads the public schema and the gateway configuration once at start (a gateway without
/// them refuses to start), serves <c>/graphql</c> and <c>/health</c> on loopback.
/// </summary>
public static class GatewayHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        SocketThreadScheduling.ApplyToProcess();
        WebApplication app;
        try
        {
            app = Build(args);
        }
        catch (Exception exception) when (exception is GatewayStartupException or SecurityConfigurationException)
        {
            Console.Error.WriteLine($"gateway: {exception.Message}");
            return 1;
        }

        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (IOException exception) when (exception.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || exception.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine($"gateway: cannot listen on {string.Join(", ", app.Urls)}: the port is already in use. " +
                                    "Stop the other process or choose another port with --Gateway:Port.");
            return 3;
        }
    }

    /// <summary>Builds the web application; tests use it to host the gateway on loopback with their own services.</summary>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(GatewayHost).Assembly.GetName().Name,
            // appsettings.<Environment>.json ship next to the gateway (the production example among them), wherever it runs from.
            ContentRootPath = AppContext.BaseDirectory,
        });
        var options = builder.Configuration.GetSection(GatewayOptions.Section).Get<GatewayOptions>() ?? new GatewayOptions();
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
            builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port}");
        // The Development environment decides what the security trusts (a local token issuer), nothing else: the
        // service provider checks the same as in production.
        builder.Host.UseDefaultServiceProvider(provider => provider.ValidateOnBuild = provider.ValidateScopes = false);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // The processing log writes a record per request: its SQL is no news.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        SocketThreadScheduling.ApplyTo(builder.WebHost);
        builder.AddTelemetry("gateway", [GatewayTelemetry.ActivitySourceName, ProcessingLogStore.ActivitySourceName], [GatewayTelemetry.MeterName], prometheus: true);

        if (options.Supergraph is not null && options.Subgraphs is not null)
            throw new GatewayStartupException("Gateway:Supergraph and Gateway:Subgraphs are both set: give one.");
        var (publicSchemaSdl, configuration) = options.Supergraph is { } supergraph
            ? LoadSupergraph(supergraph)
            : options.Subgraphs is { } subgraphs
                ? ComposeSubgraphs(subgraphs, options)
                : (ReadFile(GatewayFiles.SchemaPath(options), "public schema"), LoadConfiguration(GatewayFiles.ConfigurationPath(options)));
        var publicSchema = PublicSchema.Parse(publicSchemaSdl);
        var sourceSchemaUrls = SourceSchemaUrls(configuration, options);

        var services = builder.Services;
        CallerSchemaFilter.Apply(publicSchema.Schema);
        services.TryAddSingleton(TimeProvider.System);
        var register = new ActivityRegister(configuration.ProcessingActivities, builder.Environment.IsDevelopment());
        if (options.AnonymousCallers)
        {
            CheckAnonymousCallers(builder.Environment, configuration);
            services.AddSingleton<ICallerGate, AnonymousDevelopmentCallerGate>();
        }
        else
        {
            services.AddCallerAuthentication(builder.Configuration, builder.Environment);
            services.AddSingleton<ICallerGate>(provider => new CallerGate(register, provider.GetRequiredService<TimeProvider>()));
        }
        // The checkout's trusted documents belong to its own schema, not to a supergraph: only a configured folder counts there.
        var trustedDocuments = options.Supergraph is null && options.Subgraphs is null ? GatewayFiles.TrustedDocumentsDirectory(options) : options.TrustedDocuments.Directory;
        services.AddSingleton(TrustedDocuments.Load(trustedDocuments, options.TrustedDocuments.RequiredForAllClients, publicSchema, register));
        services.AddSingleton(publicSchema);
        services.AddSingleton<IGraphQLTextSerializer, GraphQLSerializer>();
        services.AddSingleton(new GraphQLRequestReader(options.Limits.ToRequestLimits()));
        services.AddSingleton(provider => new OperationPreparer(publicSchema, options.Limits, provider.GetRequiredService<IGraphQLTextSerializer>()));
        services.AddSingleton<IntrospectionExecutor>();
        services.AddSingleton<GatewayResponseWriter>();
        services.AddSingleton(new ForwardedHeaders(options.ForwardedHeadersOrDefault));
        services.AddGatewayExecution(configuration, options.ToExecutionOptions(), publicSchema.EnumValues);
        var processingLog = builder.Configuration.GetSection(GatewayProcessingLogOptions.Section).Get<GatewayProcessingLogOptions>() ?? new();
        var (pseudonymiser, problem) = SubjectPseudonymiser.FromSetting(processingLog.PseudonymKey, GatewayProcessingLog.Source, builder.Environment.IsDevelopment());
        if (pseudonymiser is null) throw new SecurityConfigurationException(problem!);
        services.AddProcessingLogStore(processingLog.Apply, processingLog.Durability);
        services.AddSingleton(provider => new GatewayProcessingLog(provider.GetRequiredService<ProcessingLogStore>(), pseudonymiser,
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<GatewayProcessingLog>>()));
        configureServices?.Invoke(services);

        var app = builder.Build();
        // Before the gateway answers anyone, its log must be writable.
        try
        {
            app.Services.GetRequiredService<ProcessingLogStore>().MigrateAsync().GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException)
        {
            throw new GatewayStartupException($"the processing log cannot be prepared: {exception.Message}", exception);
        }
        app.UseBananaCakePop("/graphql", options.Ide.ToOptions("Gateway - FederatedGraph"));
        app.Map("/graphql", GatewayEndpoint.HandleAsync);
        // Durations and counts by operation name, registry and outcome; no token, like /health: nothing in it is personal.
        app.MapPrometheusScrapingEndpoint(TelemetryExtensions.MetricsPath);
        app.MapGet("/health", (RequestDelegate)(http => http.Response.WriteAsJsonAsync(new
        {
            status = "Healthy",
            sourceSchemas = sourceSchemaUrls.Select(s => new { name = s.Key, url = s.Value }),
        }, http.RequestAborted)));
        return app;
    }

    private static string ReadFile(string path, string what)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new GatewayStartupException($"cannot read the {what} at {path}: {exception.Message}", exception);
        }
    }

    /// <summary>An Apollo supergraph, translated into the public schema and the gateway configuration.</summary>
    private static (string PublicSchema, GatewayConfiguration Configuration) LoadSupergraph(string path)
    {
        try
        {
            var supergraph = SupergraphReader.Read(ReadFile(path, "supergraph"));
            return (supergraph.PublicSchema, supergraph.Configuration);
        }
        catch (SupergraphException exception)
        {
            throw new GatewayStartupException($"the supergraph at {path} cannot be run: {exception.Message}", exception);
        }
    }

    /// <summary>
    /// Apollo subgraphs (and, when the list names a schema directory, our registries' source schemas) composed at start
    /// by our composer. A subgraph that cannot be reached or a composition error stops the gateway with the reasons.
    /// </summary>
    private static (string PublicSchema, GatewayConfiguration Configuration) ComposeSubgraphs(string path, GatewayOptions options)
    {
        try
        {
            var list = ApolloSubgraphList.Read(path);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(options.SubgraphTimeoutSeconds) };
            var sources = list.SourceSchemasAsync(http).GetAwaiter().GetResult();
            var result = FederatedGraph.Composition.Composer.Compose(sources);
            if (!result.Succeeded)
                throw new GatewayStartupException($"the subgraphs of {path} do not compose:\n{string.Join("\n", result.Errors)}");
            return (PublicSchemaPrinter.Print(result.Schema!.Schema), GatewayConfigurationBuilder.Build(result.Schema, sources));
        }
        catch (SourceSchemaException exception)
        {
            throw new GatewayStartupException($"the subgraphs of {path} cannot be composed: {exception.Message}", exception);
        }
    }

    /// <summary>Anonymous callers bypass purpose binding: only for development and tests, and never where the
    /// configuration's registries grant processing activities (they hold personal data).</summary>
    private static void CheckAnonymousCallers(IHostEnvironment environment, GatewayConfiguration configuration)
    {
        if (!environment.IsDevelopment())
            throw new GatewayStartupException("Gateway:AnonymousCallers is for development and testing only; it is refused outside the Development environment.");
        if (configuration.ProcessingActivities.Count > 0)
            throw new GatewayStartupException("Gateway:AnonymousCallers is refused: the gateway configuration grants processing activities, so its registries hold personal data and every caller must name a purpose.");
    }

    private static GatewayConfiguration LoadConfiguration(string path)
    {
        var json = ReadFile(path, "gateway configuration");
        try
        {
            return GatewayConfigurationJson.Read(json);
        }
        catch (Exception exception)
        {
            throw new GatewayStartupException($"the gateway configuration at {path} is invalid: {exception.Message}", exception);
        }
    }

    /// <summary>Each source schema's URL after the <c>Gateway:SourceSchemas:&lt;name&gt;:Url</c> overrides,
    /// which must name source schemas of the configuration.</summary>
    private static IReadOnlyList<KeyValuePair<string, string?>> SourceSchemaUrls(GatewayConfiguration configuration, GatewayOptions options)
    {
        var unknown = options.SourceSchemas.Keys.Except(configuration.SourceSchemas.Select(s => s.Name)).ToList();
        if (unknown.Count > 0)
            throw new GatewayStartupException(
                $"Gateway:SourceSchemas names {string.Join(", ", unknown)}, which the gateway configuration does not have " +
                $"(it has {string.Join(", ", configuration.SourceSchemas.Select(s => s.Name))}).");
        return configuration.SourceSchemas
            .Select(s => new KeyValuePair<string, string?>(s.Name,
                options.SourceSchemas.TryGetValue(s.Name, out var endpoint) && endpoint.Url is not null ? endpoint.Url : s.Url))
            .ToList();
    }
}
