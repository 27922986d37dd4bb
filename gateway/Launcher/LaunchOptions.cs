namespace FederatedGraph.Launcher;

/// <summary>What the command line asked for. Ports are resolved against the discovered processes later
/// (<see cref="PortFor"/>), because only then are the source schema names known.</summary>
internal sealed record LaunchOptions
{
    /// <summary>The gateway's port when nothing else is asked for; <c>--base-port</c> shifts every port by its distance to this.</summary>
    public const int DefaultGatewayPort = 5100;

    public bool Help { get; init; }

    public bool Build { get; init; } = true;

    /// <summary>Start the Aspire dashboard and send every process's telemetry there.</summary>
    public bool Dashboard { get; init; } = true;

    /// <summary>The build configuration whose output is run.</summary>
    public string Configuration { get; init; } = "Release";

    /// <summary>Passed to the subgraphs as <c>--Seed:Scale</c>; null leaves their default.</summary>
    public string? Scale { get; init; }

    /// <summary>Where the SQLite databases go; null means <c>data/</c> in the repository.</summary>
    public string? DataDirectory { get; init; }

    public int? BasePort { get; init; }

    /// <summary>Ports given one by one with <c>--port name=port</c>; they win over <see cref="BasePort"/>.</summary>
    public IReadOnlyDictionary<string, int> Ports { get; init; } = new Dictionary<string, int>();

    /// <summary>How long a starting process may stay silent without answering its health check before the launcher gives up
    /// on it. Counting silence instead of total time lets a large seed take as long as it keeps reporting progress.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(120);

    public int PortFor(string name, int defaultPort)
        => Ports.TryGetValue(name, out var port) ? port : defaultPort + (BasePort ?? DefaultGatewayPort) - DefaultGatewayPort;

    public const string Usage = """
        Usage: dotnet run --project gateway/Launcher [-- options]

        Builds the registry subgraphs and the gateway (not the tests), starts the trace viewer (the Aspire dashboard),
        every subgraph (each on its own SQLite database) and the gateway, and stops them all on Ctrl+C. Every process
        sends its traces, metrics and logs to the dashboard over OTLP.

        Options:
          --no-build                 run what is already built
          --configuration <name>     the build configuration to build and run (default Release)
          --scale <default|large|n>  sample data for empty databases: 10,000 persons, 1,000,000, or n (--Seed:Scale)
          --data-dir <dir>           folder for the databases (default data/ in the repository)
          --base-port <port>         the gateway's port; the subgraphs keep their distance to it (default 5100)
          --port <name>=<port>       one process's port, e.g. --port gateway=6100 or --port brp=6101 (repeatable);
                                     also issuer (5099), dashboard (5098) and otlp (5097, the dashboard's OTLP/HTTP)
          --no-dashboard             no trace viewer; the processes then export telemetry only where the environment's
                                     OTEL_EXPORTER_OTLP_ENDPOINT (and OTEL_EXPORTER_OTLP_PROTOCOL) say
          --start-timeout <seconds>  give up on a process that neither gets healthy nor prints anything this long (default 120)
          --help                     show this text
        """;

    /// <summary>Reads the command line; a mistake is a <see cref="LaunchFailedException"/> naming it.</summary>
    public static LaunchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LaunchOptions();
        var ports = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw Mistake($"{arg} needs a value.");
            options = arg switch
            {
                "--help" or "-h" => options with { Help = true },
                "--no-build" => options with { Build = false },
                "--no-dashboard" => options with { Dashboard = false },
                "--configuration" or "-c" => options with { Configuration = Value() },
                "--scale" => options with { Scale = ParseScale(Value()) },
                "--data-dir" => options with { DataDirectory = Path.GetFullPath(Value()) },
                "--base-port" => options with { BasePort = ParseBasePort(Value()) },
                "--port" => AddPort(options, ports, Value()),
                "--start-timeout" => options with { StartTimeout = TimeSpan.FromSeconds(ParseNumber(arg, Value(), 1, 86_400)) },
                _ => throw Mistake($"Unknown option '{arg}'."),
            };
        }
        return options;
    }

    private static string ParseScale(string value)
        => value is "default" or "large" || int.TryParse(value, out var persons) && persons > 0
            ? value
            : throw Mistake($"--scale takes default, large or a number of persons, not '{value}'.");

    /// <summary>The subgraphs sit just above the gateway's port, so the highest of them must still be a port.</summary>
    private static int ParseBasePort(string value) => ParseNumber("--base-port", value, 1024, 65_000);

    private static LaunchOptions AddPort(LaunchOptions options, Dictionary<string, int> ports, string value)
    {
        var parts = value.Split('=', 2);
        if (parts.Length != 2 || parts[0].Length == 0)
            throw Mistake($"--port takes <name>=<port>, e.g. gateway=6100, not '{value}'.");
        ports[parts[0]] = ParseNumber($"--port {parts[0]}", parts[1], 1, 65_535);
        return options with { Ports = ports };
    }

    private static int ParseNumber(string option, string value, int min, int max)
        => int.TryParse(value, out var number) && number >= min && number <= max
            ? number
            : throw Mistake($"{option} takes a number from {min} to {max}, not '{value}'.");

    private static LaunchFailedException Mistake(string message) => new(message, ExitCodes.Usage);
}
