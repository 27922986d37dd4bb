using FederatedGraph.Checkout;
using System.Net.Sockets;
using FederatedGraph.GraphQLOverHttp;
using FederatedGraph.BananaCakePop;
using FederatedGraph.Security;
using FederatedGraph.Telemetry;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using FederatedGraph.Subgraphs.Toolkit.Batching;
using FederatedGraph.Subgraphs.Toolkit.Http;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using FederatedGraph.Subgraphs.Toolkit.ProcessingLog;
using FederatedGraph.ProcessingLog;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FederatedGraph.Subgraphs.Toolkit.Hosting;

/// <summary>
/// Runs a registry subgraph as its own process. Commands:
/// <c>serve</c> (default: migrate, seed when empty, listen), <c>seed</c>, <c>migrate</c>,
/// and <c>export-schema [path]</c> (write the source schema SDL, no database needed).
/// </summary>
public static class SubgraphHost
{
    public static async Task<int> RunAsync<TSchema, TContext>(RegistrySubgraph<TSchema, TContext> registry, string[] args)
        where TSchema : SubgraphSchema
        where TContext : DbContext
    {
        var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
        var rest = command == "serve" && (args.Length == 0 || args[0].StartsWith('-')) ? args : args.Skip(1).ToArray();
        switch (command)
        {
            case "export-schema":
                return ExportSchema(registry, rest);
            case "serve":
            case "seed":
            case "migrate":
                break;
            default:
                Console.Error.WriteLine($"Unknown command '{command}'. Use serve, seed, migrate or export-schema.");
                return 2;
        }

        WebApplication app;
        try
        {
            app = Build(registry, rest, serving: command == "serve");
        }
        catch (SecurityConfigurationException exception)
        {
            Console.Error.WriteLine($"{registry.Name}: {exception.Message}");
            return 1;
        }
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(registry.Name);
        await PrepareDatabaseAsync(registry, app, log, seed: command != "migrate", force: command == "seed");
        if (command != "serve") return 0;

        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (IOException exception) when (exception.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || exception.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine($"{registry.Name}: cannot listen on {string.Join(", ", app.Urls)}: the port is already in use. " +
                                    "Stop the other process or choose another port with --urls.");
            return 3;
        }
    }

    /// <summary>Builds the web application of a registry; tests use it to host subgraphs on loopback. Only a registry that
    /// serves needs its security settings: seeding and migrating answer nobody.</summary>
    public static WebApplication Build<TSchema, TContext>(RegistrySubgraph<TSchema, TContext> registry, string[] args,
        Action<IServiceCollection>? configureServices = null, bool serving = true)
        where TSchema : SubgraphSchema
        where TContext : DbContext
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(TSchema).Assembly.GetName().Name });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
            builder.WebHost.UseUrls($"http://127.0.0.1:{builder.Configuration.GetValue("Port", registry.DefaultPort)}");
        // The Development environment decides what the security trusts (a local token issuer), nothing else: the
        // service provider checks the same as in production.
        builder.Host.UseDefaultServiceProvider(provider => provider.ValidateOnBuild = provider.ValidateScopes = false);
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // A registry has no spans or instruments of its own (yet): its requests, its SQL and its runtime. No /metrics here:
        // a registry's port serves its data, and its metrics leave over OTLP to whoever its operator configures.
        builder.AddTelemetry(registry.Name, activitySources: [ProcessingLogStore.ActivitySourceName], meters: []);

        var database = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var limits = builder.Configuration.GetSection("Limits").Get<SubgraphLimits>() ?? new SubgraphLimits();
        var ide = builder.Configuration.GetSection("Ide").Get<BananaCakePopSettings>() ?? new BananaCakePopSettings();
        AddSubgraphServices<TSchema>(builder.Services, limits, registry.Name);
        builder.Services.AddRegistryProcessingLog(registry.Name, builder.Configuration, builder.Environment, database, serving);
        if (serving) builder.Services.AddRegistrySecurity<TSchema>(registry.Name, builder.Configuration, builder.Environment);
        registry.ConfigureServices(builder.Services, database);
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        // Resolve the authorisations now: one that names what the schema lacks stops the registry at start, not at a request.
        if (serving) app.Services.GetRequiredService<ICallerGate>();
        app.UseBananaCakePop("/graphql", ide.ToOptions($"{registry.Name.ToUpperInvariant()} subgraph - FederatedGraph"));
        app.MapGraphQLEndpoint("/graphql");
        app.MapProcessingLogReadApi(registry.Name);
        app.MapGet("/health", (RequestDelegate)(http => WriteHealthAsync<TContext>(http, registry.Name)));
        app.MapGet("/graphql/schema.graphqls", (RequestDelegate)(async http =>
        {
            // The whole source schema, for composition tooling: a known caller only, like introspection; no purpose needed.
            if (!(await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme)).Succeeded)
            {
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                http.Response.Headers.WWWAuthenticate = "Bearer";
                return;
            }
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(http.RequestServices.GetRequiredService<TSchema>().PrintSourceSchema());
        }));
        return app;
    }

    /// <summary>Healthy when the registry's own database answers; the launcher waits for this.</summary>
    private static async Task WriteHealthAsync<TContext>(HttpContext http, string registry) where TContext : DbContext
    {
        var databases = http.RequestServices.GetRequiredService<IDbContextFactory<TContext>>();
        await using var db = await databases.CreateDbContextAsync(http.RequestAborted);
        var healthy = await db.Database.CanConnectAsync(http.RequestAborted);
        http.Response.StatusCode = healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        await http.Response.WriteAsJsonAsync(new { status = healthy ? "Healthy" : "Unhealthy", registry }, http.RequestAborted);
    }

    /// <summary>The toolkit services every subgraph needs: GraphQL.NET, the HTTP endpoint parts and the per-request batch scheduler.</summary>
    public static IServiceCollection AddSubgraphServices<TSchema>(IServiceCollection services, SubgraphLimits limits, string registry)
        where TSchema : SubgraphSchema
    {
        services.AddSingleton(new RegistryIdentity(registry));
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<TSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(TSchema).Assembly)
            .AddGraphTypes(typeof(SubgraphHost).Assembly));
        services.AddSingleton(limits);
        services.AddSingleton(new GraphQLRequestReader(limits));
        services.AddSingleton<GraphQLResponseWriter>();
        services.AddSingleton(provider => new SubgraphExecutor(
            provider.GetRequiredService<TSchema>(),
            provider.GetRequiredService<IDocumentExecuter>(),
            provider.GetRequiredService<IGraphQLSerializer>(),
            limits,
            provider.GetRequiredService<ILogger<SubgraphExecutor>>()));
        services.AddScoped<BatchScheduler>();
        return services;
    }

    public static async Task PrepareDatabaseAsync<TSchema, TContext>(RegistrySubgraph<TSchema, TContext> registry, WebApplication app, ILogger log, bool seed, bool force)
        where TSchema : SubgraphSchema
        where TContext : DbContext
    {
        var databases = app.Services.GetRequiredService<IDbContextFactory<TContext>>();
        await using (var db = await databases.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
            await app.Services.GetRequiredService<ProcessingLogStore>().MigrateAsync();
            var hasData = await registry.HasDataAsync(db, CancellationToken.None);
            if (!seed || (!force && hasData))
            {
                if (seed) log.LogInformation("{Registry}: sample data already present, not seeding", registry.Name);
                return;
            }
            if (hasData)
            {
                log.LogInformation("{Registry}: removing the existing sample data", registry.Name);
                await ClearAsync(db);
            }
        }

        var scale = app.Configuration["Seed:Scale"] ?? "default";
        log.LogInformation("{Registry}: seeding sample data (scale {Scale})", registry.Name, scale);
        var started = System.Diagnostics.Stopwatch.StartNew();
        await registry.SeedAsync(databases, new SeedOptions(scale), new LogProgress(log, registry.Name), CancellationToken.None);
        log.LogInformation("{Registry}: seeded in {Seconds:F1} s", registry.Name, started.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Empties every table of the registry's model, so the <c>seed</c> command can replace data of another
    /// scale. Tables with foreign keys go first, so no constraint stops the delete.
    /// </summary>
    private static async Task ClearAsync(DbContext db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var tables = db.Model.GetEntityTypes()
            .Where(entity => entity.GetTableName() is not null)
            .OrderByDescending(entity => entity.GetForeignKeys().Count())
            .Select(entity => sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema()))
            .Distinct();
        foreach (var table in tables)
        {
            // The table names come from our own model, quoted by the provider: nothing user-supplied.
#pragma warning disable EF1003
            await db.Database.ExecuteSqlRawAsync("DELETE FROM " + table);
#pragma warning restore EF1003
        }
    }

    private static int ExportSchema<TSchema, TContext>(RegistrySubgraph<TSchema, TContext> registry, string[] args)
        where TSchema : SubgraphSchema
        where TContext : DbContext
    {
        var target = args.Length > 0 ? args[0] : Path.Combine(RepositoryRoot.Find(), "schema", registry.Name, "schema.graphqls");
        var services = new ServiceCollection();
        services.AddLogging();
        AddSubgraphServices<TSchema>(services, new SubgraphLimits(), registry.Name);
        // The schema needs no live database, but its types resolve the context factory.
        registry.ConfigureServices(services, new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=:memory:" });
        using var provider = services.BuildServiceProvider();
        var sdl = provider.GetRequiredService<TSchema>().PrintSourceSchema();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        File.WriteAllText(target, sdl);
        Console.WriteLine($"Wrote {target}");
        return 0;
    }

    /// <summary>Reports seeding progress in order, on the seeding thread (Progress&lt;T&gt; would post it later).</summary>
    private sealed class LogProgress(ILogger log, string registry) : IProgress<string>
    {
        public void Report(string value) => log.LogInformation("{Registry}: {Message}", registry, value);
    }
}
