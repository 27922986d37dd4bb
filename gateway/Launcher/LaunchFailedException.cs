namespace FederatedGraph.Launcher;

/// <summary>The launcher cannot go on; the message says why and what to do, and is all the user sees (no stack trace).</summary>
internal sealed class LaunchFailedException(string message, int exitCode = ExitCodes.Failed) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
