using FederatedGraph.Subgraphs.Toolkit.Schema;
using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Toolkit.Tests.Data;

/// <summary>
/// An SQLite in-memory database with eight people, the test schema, and a log of every SQL command EF sends.
/// One per test; the schema is shared, as in a real subgraph.
/// </summary>
public sealed class DataTestHost : IDisposable
{
    private static readonly Lazy<ISchema> SharedSchema = new(() =>
    {
        var schema = new GraphQL.Types.Schema { Query = new TestQuery() };
        // Connections use the @shareable PageInfo, as in every registry.
        CompositeDirectives.Register(schema);
        schema.Initialize();
        return schema;
    });

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly ServiceProvider _services;

    public DataTestHost()
    {
        _connection.Open();
        var services = new ServiceCollection();
        services.AddDbContext<TestDb>(options => options.UseSqlite(_connection).AddInterceptors(new SqlCapture(Sql)));
        services.AddSingleton<ProjectionLog>();
        _services = services.BuildServiceProvider();

        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDb>();
        db.Database.EnsureCreated();
        db.Personen.AddRange(Seed());
        db.SaveChanges();
        Sql.Clear();
    }

    public static ISchema Schema => SharedSchema.Value;

    /// <summary>The text of every command EF executed, in order.</summary>
    public ConcurrentQueue<string> Sql { get; } = new();

    public ProjectionLog ProjectionLog => _services.GetRequiredService<ProjectionLog>();

    public async Task<JsonElement> ExecuteAsync(string query, string? variablesJson = null)
    {
        using var scope = _services.CreateScope();
        var serializer = new GraphQLSerializer();
        var result = await new DocumentExecuter().ExecuteAsync(options =>
        {
            options.Schema = Schema;
            options.Query = query;
            options.Variables = variablesJson is null ? null : serializer.Deserialize<Inputs>(variablesJson);
            options.RequestServices = scope.ServiceProvider;
            options.ThrowOnUnhandledException = true;
        });
        return JsonDocument.Parse(serializer.Serialize(result)).RootElement.Clone();
    }

    /// <summary>The ids of <c>data.{field}.nodes</c>, in order; fails with the errors if there are any.</summary>
    public async Task<int[]> IdsAsync(string fieldArguments, string field = "personen")
    {
        var json = await ExecuteAsync($"{{ {field}{fieldArguments} {{ nodes {{ id }} }} }}");
        AssertNoErrors(json);
        return json.GetProperty("data").GetProperty(field).GetProperty("nodes").EnumerateArray()
            .Select(node => node.GetProperty("id").GetInt32())
            .ToArray();
    }

    public static void AssertNoErrors(JsonElement json)
    {
        if (json.TryGetProperty("errors", out var errors))
            Assert.Fail("Unexpected errors: " + errors.GetRawText());
    }

    /// <summary>The single error of a result, checked for its extensions.code.</summary>
    public static JsonElement SingleError(JsonElement json, string code)
    {
        Assert.True(json.TryGetProperty("errors", out var errors), "Expected an error but got: " + json.GetRawText());
        var error = Assert.Single(errors.EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        return error;
    }

    public void Dispose()
    {
        _services.Dispose();
        _connection.Dispose();
    }

    private static IEnumerable<TestPersoon> Seed() =>
    [
        Persoon(1, "Jan", null, "Jansen", 10, 100, 1.80, new(1980, 1, 1), null, false, Geslacht.Man, ["NL"]),
        Persoon(2, "Piet", "de", "Vries", 12, 200, 1.75, new(1975, 5, 5), new DateTime(2020, 3, 1, 10, 0, 0), false, Geslacht.Man, ["NL", "BE"]),
        Persoon(3, "Anna", "van", "Dijk", 5, null, 1.65, new(1990, 12, 31), null, true, Geslacht.Vrouw, []),
        Persoon(4, "Marie", null, "Jansen", 20, 400, 1.70, new(1985, 7, 15), null, false, Geslacht.Vrouw, ["FR"]),
        Persoon(5, "Kees", "van der", "Berg", 7, 500, 1.90, new(1960, 2, 29), new DateTime(2010, 1, 1), true, Geslacht.Man, []),
        Persoon(6, "Els", null, "Bakker", 12, 600, 1.60, new(2000, 6, 1), null, false, Geslacht.Onbekend, []),
        Persoon(7, null, null, "Visser", 3, 700, 1.85, new(1999, 9, 9), null, false, Geslacht.Onbekend, []),
        Persoon(8, "Johan", "de", "Jong", 15, 800, 1.78, new(1970, 10, 10), null, false, Geslacht.Man, []),
    ];

    private static TestPersoon Persoon(
        int id, string? voornamen, string? voorvoegsel, string geslachtsnaam, int huisnummer, long? inwonersnummer,
        double lengte, DateOnly geboortedatum, DateTime? overlijdensdatum, bool geheim, Geslacht geslacht, List<string> nationaliteiten)
        => new()
        {
            Id = id,
            Bsn = $"99999{id:0000}",
            Voornamen = voornamen,
            Voorvoegsel = voorvoegsel,
            Geslachtsnaam = geslachtsnaam,
            Huisnummer = huisnummer,
            Inwonersnummer = inwonersnummer,
            Lengte = lengte,
            Geboortedatum = geboortedatum,
            Overlijdensdatum = overlijdensdatum,
            Geheim = geheim,
            Geslacht = geslacht,
            Nationaliteiten = nationaliteiten,
        };

    private sealed class SqlCapture(ConcurrentQueue<string> sql) : DbCommandInterceptor
    {
        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            sql.Enqueue(command.CommandText);
            return result;
        }

        // Yields like a networked database would, so concurrent use of one DbContext would show.
        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            sql.Enqueue(command.CommandText);
            await Task.Delay(1, cancellationToken);
            return result;
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            sql.Enqueue(command.CommandText);
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            sql.Enqueue(command.CommandText);
            return ValueTask.FromResult(result);
        }
    }
}
