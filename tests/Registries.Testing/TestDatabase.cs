using FederatedGraph.Subgraphs.Toolkit.Hosting;
using Npgsql;

namespace FederatedGraph.Registries.Testing;

/// <summary>A database of its own for one test fixture: an SQLite file, or a fresh PostgreSQL database.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract DatabaseProvider Provider { get; }
    public abstract string ConnectionString { get; }
    public abstract ValueTask DisposeAsync();

    public static TestDatabase Create(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteTestDatabase(),
        DatabaseProvider.PostgreSQL => PostgresTestDatabase.Create(),
        _ => throw new NotSupportedException($"{provider} cannot run on this machine."),
    };

    private sealed class SqliteTestDatabase : TestDatabase
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), $"federatedgraph-{Guid.NewGuid():N}.db");
        public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
        // Pooled, as a registry runs: without a pool every close of the last connection checkpoints the WAL.
        public override string ConnectionString => $"Data Source={_path}";

        public override ValueTask DisposeAsync()
        {
            // Release the pooled connections, so the file can be deleted.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
                if (File.Exists(file)) File.Delete(file);
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>
    /// Creates a uniquely named database on the PostgreSQL server named by FEDERATEDGRAPH_TEST_POSTGRES
    /// (default: the local server that scripts/postgres.sh sets up) and drops it afterwards.
    /// </summary>
    private sealed class PostgresTestDatabase(string server, string database) : TestDatabase
    {
        public const string ServerVariable = "FEDERATEDGRAPH_TEST_POSTGRES";
        private const string LocalServer = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

        public override DatabaseProvider Provider => DatabaseProvider.PostgreSQL;
        public override string ConnectionString => new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

        public static PostgresTestDatabase Create()
        {
            var server = Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } configured ? configured : LocalServer;
            var database = $"federatedgraph_test_{Guid.NewGuid():N}";
            try
            {
                using var connection = new NpgsqlConnection(server);
                connection.Open();
                using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
                create.ExecuteNonQuery();
            }
            catch (Exception exception) when (exception is NpgsqlException or System.Net.Sockets.SocketException or InvalidOperationException)
            {
                throw new InvalidOperationException(
                    $"PostgreSQL is not reachable ({exception.Message}). Run 'bash scripts/postgres.sh' or set {ServerVariable}.", exception);
            }
            return new PostgresTestDatabase(server, database);
        }

        public override async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
