namespace FederatedGraph.Gateway.Composer;

/// <summary>The options of <c>compose</c>, read from the command line.</summary>
public sealed record ComposeOptions
{
    public const string Usage = """
        Usage: dotnet run --project gateway/Composer -- compose [options]

        Composes the source schemas under schema/<name>/ into schema/gateway.graphqls (the public schema)
        and schema/gateway-configuration.json (what the gateway needs to plan and execute).

        Options:
          --check                      Compose in memory, list the changes to the committed public schema and
                                       fail on breaking ones; write nothing.
          --allow-breaking <coord>     With --check: accept the breaking change at this coordinate (e.g.
                                       Persoon.naam); may be repeated. schema/allowed-breaking-changes.txt
                                       lists more, one per line.
          --from-urls                  Fetch each source schema from its running subgraph (<url>/schema.graphqls)
                                       instead of reading schema/<name>/schema.graphqls.
          --schema-dir <dir>           The schema directory (default: schema/ next to FederatedGraph.sln).
          --timing                     Also measure composition (parse, all phases, printing): median of 20 warm runs.

        Exit codes: 0 success, 1 composition errors or unreadable inputs, 2 breaking changes,
        3 committed files out of date, 64 bad command line.
        """;

    public bool Check { get; init; }

    public bool FromUrls { get; init; }

    public bool Timing { get; init; }

    public string? SchemaDirectory { get; init; }

    public IReadOnlyList<string> AllowedBreakingChanges { get; init; } = [];

    /// <summary>The options, or null with the reason when the command line is not <c>compose [options]</c>.</summary>
    public static ComposeOptions? Parse(IReadOnlyList<string> args, out string? problem)
    {
        problem = null;
        if (args.Count == 0 || args[0] != "compose")
        {
            problem = args.Count == 0 ? "No command given." : $"Unknown command '{args[0]}'.";
            return null;
        }

        var options = new ComposeOptions();
        var allowed = new List<string>();
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--check": options = options with { Check = true }; break;
                case "--from-urls": options = options with { FromUrls = true }; break;
                case "--timing": options = options with { Timing = true }; break;
                case "--schema-dir" or "--allow-breaking" when i + 1 >= args.Count:
                    problem = $"{args[i]} needs a value.";
                    return null;
                case "--schema-dir": options = options with { SchemaDirectory = args[++i] }; break;
                case "--allow-breaking": allowed.Add(args[++i]); break;
                default:
                    problem = $"Unknown option '{args[i]}'.";
                    return null;
            }
        }
        return options with { AllowedBreakingChanges = allowed };
    }
}
