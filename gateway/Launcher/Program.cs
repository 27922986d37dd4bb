using FederatedGraph.Launcher;

var console = LauncherConsole.ForConsole();
using var shutdown = new ShutdownSignal();
using var http = new HttpClient();
FederationLauncher? launcher = null;
try
{
    var options = LaunchOptions.Parse(args);
    if (options.Help)
    {
        Console.WriteLine(LaunchOptions.Usage);
        return ExitCodes.Success;
    }
    launcher = new FederationLauncher(Repository.Find(), options, console, http);
    return await launcher.RunAsync(shutdown.Token);
}
catch (LaunchFailedException failure)
{
    console.Fail(failure.ExitCode == ExitCodes.Usage ? $"{failure.Message}\n\n{LaunchOptions.Usage}" : failure.Message);
    return failure.ExitCode;
}
catch (OperationCanceledException) when (shutdown.Token.IsCancellationRequested)
{
    return ExitCodes.Success;
}
finally
{
    if (launcher is not null) await launcher.StopAsync();
}
