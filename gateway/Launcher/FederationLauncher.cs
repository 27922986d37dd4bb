using FederatedGraph.ProcessingLog;
namespace FederatedGraph.Launcher;

/// <summary>
/// Runs the federation in the order that makes each failure clear: ports, build, trace viewer, subgraphs (each seeding
/// its own database), composition check, gateway; then watches the processes until Ctrl+C or until one of them dies.
/// </summary>
internal sealed class FederationLauncher(Repository repository, LaunchOptions options, LauncherConsole console, HttpClient http)
{
    private const string GatewayName = "gateway";
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(15);
    /// <summary>The last prefix color, away from those of the registries and the gateway.</summary>
    private const int DashboardColor = 9;

    /// <summary>Settings every child gets: one log line per message, so each line can carry the child's name.</summary>
    private static readonly string[] SingleLineLogs = ["--Logging:Console:FormatterName=simple", "--Logging:Console:FormatterOptions:SingleLine=true"];

    private readonly List<ChildProcess> _running = [];
    private DevelopmentSecurity? _security;
    /// <summary>The trace viewer, apart from <see cref="_running"/>: the federation runs on without it.</summary>
    private ChildProcess? _dashboard;

    /// <summary>Runs until <paramref name="shutdown"/> (then returns success) or a failure (a <see cref="LaunchFailedException"/>);
    /// call <see cref="StopAsync"/> afterwards in either case.</summary>
    public async Task<int> RunAsync(CancellationToken shutdown)
    {
        var dataDirectory = options.DataDirectory ?? repository.DefaultDataDirectory;
        var schemas = repository.SourceSchemas();
        var subgraphs = schemas.Select(schema => SubgraphSpec(schema, dataDirectory)).ToList();
        var gatewayDll = Repository.BuiltAssembly(repository.GatewayProject, options.Configuration);
        var gatewayPort = options.PortFor(GatewayName, LaunchOptions.DefaultGatewayPort);
        var issuerPort = options.PortFor(DevelopmentSecurity.IssuerName, DevelopmentSecurity.DefaultIssuerPort);
        var dashboardPort = options.PortFor(Dashboard.Name, Dashboard.DefaultPort);
        var otlpPort = options.PortFor(Dashboard.OtlpName, Dashboard.DefaultOtlpPort);
        CheckPorts(subgraphs, gatewayDll is null ? null : gatewayPort, issuerPort, options.Dashboard ? (dashboardPort, otlpPort) : null);

        if (options.Build) await BuildAsync(schemas, shutdown);

        _security = await DevelopmentSecurity.StartAsync(repository.GatewayConfigurationFile, issuerPort);
        console.Say($"Development token issuer on {_security.Authority} (trusted by the processes in the Development environment only).");
        subgraphs = [.. subgraphs.Select(spec => spec with
        {
            Arguments = [.. spec.Arguments, .. _security.ProcessSettings, .. _security.IdeSettings("Ide"), DevelopmentPseudonymKey.Setting(spec.Name)],
        })];

        foreach (var subgraph in subgraphs) RequireBuilt(subgraph.Name, subgraph.Program);
        var gateway = gatewayDll is not null && File.Exists(gatewayDll) ? GatewaySpec(gatewayDll, gatewayPort, subgraphs, _security) : null;
        if (gateway is null)
            console.Say(gatewayDll is null
                ? "The gateway (gateway/Host) is not in this checkout yet: starting the subgraphs only."
                : $"The gateway is not built ({gatewayDll} is missing): starting the subgraphs only.");
        console.AlignPrefixes(subgraphs.Select(s => s.Name).Append(GatewayName).Append(Dashboard.Name));

        var health = new HealthWait(http, options.StartTimeout);
        // First, so that the processes' first spans (and the seeding's logs) have somewhere to go.
        if (options.Dashboard && await StartDashboardAsync(dashboardPort, otlpPort, health, shutdown))
        {
            var exporter = Dashboard.ExporterEnvironment(otlpPort);
            subgraphs = [.. subgraphs.Select(spec => spec with { Environment = exporter })];
            if (gateway is not null) gateway = gateway with { Environment = exporter };
        }

        StartSubgraphs(subgraphs, dataDirectory);
        foreach (var child in _running.ToList()) await health.UntilHealthyAsync(child, _running, shutdown);

        await CheckCompositionAsync(shutdown);

        if (gateway is not null)
        {
            console.Say($"Starting the gateway on port {gateway.Port}...");
            var child = Start(gateway);
            await health.UntilHealthyAsync(child, _running, shutdown);
        }

        ReadyMessage.Print(console, _running, gateway, _dashboard, dataDirectory, _security);
        return await SuperviseAsync(gateway, shutdown);
    }

    /// <summary>
    /// Starts the trace viewer and waits until it answers. One that cannot run or start is a warning, not a failure: the
    /// federation works without it (the processes then keep their telemetry to themselves).
    /// </summary>
    private async Task<bool> StartDashboardAsync(int port, int otlpPort, HealthWait health, CancellationToken shutdown)
    {
        const string without = "running without a trace viewer (--no-dashboard does so on purpose).";
        if (Dashboard.Unavailable() is { } reason)
        {
            console.Warn($"The Aspire dashboard cannot run: {reason}; {without}");
            return false;
        }
        console.Say($"Starting the trace viewer (Aspire dashboard) on port {port}, OTLP on port {otlpPort}...");
        ChildProcess dashboard;
        try
        {
            dashboard = ChildProcess.Start(Dashboard.Spec(Dashboard.Program!, port, otlpPort), repository.Root, console, index: DashboardColor);
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            console.Warn($"The Aspire dashboard ({Dashboard.Program}) could not be started: {exception.Message}; {without}");
            return false;
        }
        if (await health.TryUntilHealthyAsync(dashboard, shutdown))
        {
            _dashboard = dashboard;
            return true;
        }
        await dashboard.StopAsync(StopGrace);
        console.Warn(dashboard.Report($"The Aspire dashboard did not start (code {(dashboard.Exited.IsCompleted ? dashboard.Exited.Result : "none")}); {without}"));
        return false;
    }

    /// <summary>
    /// Runs until Ctrl+C. A registry that dies is reported, but the rest keep running: the gateway answers without it,
    /// with partial data, which is how a federation should degrade. So does the trace viewer's death. Without a
    /// gateway, or when it dies, nothing useful is left, so everything stops.
    /// </summary>
    private async Task<int> SuperviseAsync(ProcessSpec? gateway, CancellationToken shutdown)
    {
        var watched = _running.ToList();
        if (_dashboard is not null) watched.Add(_dashboard);
        while (true)
        {
            var exited = await Task.WhenAny(watched.Select(child => child.Exited)).WaitAsync(shutdown);
            // A Ctrl+C on a terminal reaches the children too; one of them may end before the launcher sees the signal.
            if (shutdown.IsCancellationRequested) return ExitCodes.Success;
            var failed = watched.First(child => child.Exited == exited);
            watched.Remove(failed);
            if (failed == _dashboard)
            {
                console.Warn(failed.Report($"{failed.Spec.Name} exited unexpectedly (code {exited.Result}); the federation keeps running without a trace viewer."));
                continue;
            }
            if (gateway is null || failed.Spec == gateway || watched.All(child => child == _dashboard))
                throw new LaunchFailedException(failed.Report($"{failed.Spec.Name} exited unexpectedly (code {exited.Result}); stopping the others."));
            console.Say(failed.Report($"{failed.Spec.Name} exited unexpectedly (code {exited.Result}); the gateway keeps answering without it " +
                                      "(partial data with SUBGRAPH_UNAVAILABLE). Press Ctrl+C to stop everything."));
        }
    }

    /// <summary>Stops every child that still runs and waits for each, so none is left behind.</summary>
    public async Task StopAsync()
    {
        var alive = _running.Where(child => !child.Exited.IsCompleted).ToList();
        var dashboard = _dashboard is { Exited.IsCompleted: false } ? _dashboard : null;
        if (alive.Count > 0 || dashboard is not null)
        {
            console.Say($"Stopping {string.Join(", ", alive.Append(dashboard).OfType<ChildProcess>().Select(child => child.Spec.Name))}...");
            await Task.WhenAll(alive.Select(child => child.StopAsync(StopGrace)));
            // Last, so that it still receives what the others send as they stop.
            if (dashboard is not null) await dashboard.StopAsync(StopGrace);
            console.Say("Stopped.");
        }
        if (_security is not null) await _security.DisposeAsync();
    }

    private ProcessSpec SubgraphSpec(SourceSchemaProject schema, string dataDirectory)
    {
        var dll = Repository.BuiltAssembly(schema.ProjectDirectory, options.Configuration)
                  ?? throw new LaunchFailedException($"{schema.ProjectDirectory} has no project file, so '{schema.Name}' cannot be run.");
        var port = options.PortFor(schema.Name, schema.DefaultPort);
        List<string> arguments =
        [
            $"--Port={port}",
            // Explicit, so a Database__Provider in the environment cannot pair with this SQLite connection string.
            "--Database:Provider=Sqlite",
            $"--Database:ConnectionString=Data Source={DatabaseFile(dataDirectory, schema.Name)}",
            .. SingleLineLogs,
        ];
        if (options.Scale is not null) arguments.Add($"--Seed:Scale={options.Scale}");
        return new ProcessSpec(schema.Name, dll, port, arguments);
    }

    /// <summary>The gateway, pointed at the subgraphs where the launcher runs them (the configuration holds the default ports);
    /// a new document in its IDE starts with the first query and sends the development caller's token and purpose.</summary>
    private static ProcessSpec GatewaySpec(string dll, int port, IReadOnlyList<ProcessSpec> subgraphs, DevelopmentSecurity security) => new(GatewayName, dll, port,
    [
        $"--Gateway:Port={port}",
        .. subgraphs.Select(subgraph => $"--Gateway:SourceSchemas:{subgraph.Name}:Url={subgraph.GraphQLUrl}"),
        $"--Gateway:Ide:Document={FirstQuery.Text}",
        .. SingleLineLogs,
        .. security.ProcessSettings,
        .. security.IdeSettings("Gateway:Ide"),
        DevelopmentPseudonymKey.Setting(GatewayName),
    ]);

    private void CheckPorts(IReadOnlyList<ProcessSpec> subgraphs, int? gatewayPort, int issuerPort, (int Port, int OtlpPort)? dashboard)
    {
        var known = subgraphs.Select(s => s.Name).Append(GatewayName).Append(DevelopmentSecurity.IssuerName)
            .Append(Dashboard.Name).Append(Dashboard.OtlpName).ToHashSet();
        if (options.Ports.Keys.FirstOrDefault(name => !known.Contains(name)) is { } unknown)
            throw new LaunchFailedException($"--port {unknown}=...: there is no process called '{unknown}'; the names are {string.Join(", ", known)}.", ExitCodes.Usage);

        var wanted = subgraphs.Select(s => (s.Name, s.Port)).ToList();
        if (gatewayPort is { } port) wanted.Insert(0, (GatewayName, port));
        wanted.Insert(0, (DevelopmentSecurity.IssuerName, issuerPort));
        if (dashboard is { } viewer) wanted.InsertRange(0, [(Dashboard.Name, viewer.Port), (Dashboard.OtlpName, viewer.OtlpPort)]);
        var problems = PortCheck.Problems(wanted);
        if (problems.Count > 0) throw new LaunchFailedException(string.Join("\n", problems));
    }

    /// <summary>Builds what the launcher runs (the subgraphs, the composer and the gateway) and what they reference; not
    /// the whole solution, whose test projects a first start does not need.</summary>
    private async Task BuildAsync(IEnumerable<SourceSchemaProject> schemas, CancellationToken shutdown)
    {
        var projects = schemas.Select(schema => schema.ProjectDirectory)
            .Append(repository.ComposerProject)
            .Append(repository.GatewayProject)
            .Select(Repository.ProjectFile)
            .OfType<string>()
            .ToList();
        console.Say($"Building {string.Join(", ", projects.Select(Path.GetFileNameWithoutExtension))} ({options.Configuration})...");
        using var filter = SolutionFilter.Write(repository.Solution, projects);
        var exitCode = await Command.RunAsync(repository.Root, ["build", filter.Path, "-c", options.Configuration, "-nologo"], shutdown);
        if (exitCode != 0)
            throw new LaunchFailedException($"The build failed (dotnet build exit code {exitCode}); its errors are above. Nothing was started.");
    }

    private static void RequireBuilt(string name, string dll)
    {
        if (!File.Exists(dll))
            throw new LaunchFailedException($"{name} is not built ({dll} is missing): run the launcher without --no-build.");
    }

    private void StartSubgraphs(IReadOnlyList<ProcessSpec> subgraphs, string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var seeded = subgraphs.Where(s => File.Exists(DatabaseFile(dataDirectory, s.Name))).Select(s => s.Name).ToList();
        if (options.Scale is not null && seeded.Count > 0)
            console.Say($"--scale only seeds empty databases; {dataDirectory} already has data for {string.Join(", ", seeded)} " +
                        "(delete those files, or choose another --data-dir, to seed at this scale).");
        console.Say($"Starting {string.Join(", ", subgraphs.Select(s => $"{s.Name} ({s.Port})"))}; databases in {dataDirectory}. " +
                    "An empty database is seeded first, which takes a minute.");
        foreach (var subgraph in subgraphs) Start(subgraph);
    }

    private ChildProcess Start(ProcessSpec spec)
    {
        var child = ChildProcess.Start(spec, repository.Root, console, _running.Count);
        _running.Add(child);
        return child;
    }

    /// <summary>Runs <c>compose --check</c> (exit codes in schema/README.md): the gateway must run on a composition of the
    /// source schemas as they are now. Out of date is fixed by composing; errors and breaking changes stop the launch.</summary>
    private async Task CheckCompositionAsync(CancellationToken shutdown)
    {
        const int Current = 0, OutOfDate = 3;
        var composer = Repository.BuiltAssembly(repository.ComposerProject, options.Configuration)
                       ?? throw new LaunchFailedException("The composer (gateway/Composer) is not in this checkout.");
        RequireBuilt("The composer", composer);

        var (exitCode, output) = await Command.RunCapturedAsync(repository.Root, [composer, "compose", "--check"], shutdown);
        switch (exitCode)
        {
            case Current:
                console.Say("Composition: schema/gateway.graphqls and schema/gateway-configuration.json are current.");
                return;
            case OutOfDate:
                console.Say("Composition: schema/gateway.graphqls and schema/gateway-configuration.json were out of date; composing them again...");
                var (composeExitCode, composeOutput) = await Command.RunCapturedAsync(repository.Root, [composer, "compose"], shutdown);
                if (composeExitCode != Current)
                    throw new LaunchFailedException($"compose failed (exit code {composeExitCode}):\n{composeOutput}");
                console.Say("Composed. Review the changes to both files and commit them.");
                return;
            default:
                throw new LaunchFailedException(
                    $"compose --check failed (exit code {exitCode}; schema/README.md lists them), so the gateway would run on a composition that does not fit:\n{output}");
        }
    }

    private static string DatabaseFile(string dataDirectory, string name) => Path.Combine(dataDirectory, name + ".db");
}
