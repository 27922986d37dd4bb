namespace FederatedGraph.Launcher;

internal static class ExitCodes
{
    /// <summary>Everything ran and was stopped on request.</summary>
    public const int Success = 0;

    /// <summary>The build, a port, the composition or a process failed.</summary>
    public const int Failed = 1;

    /// <summary>The command line was not understood.</summary>
    public const int Usage = 64;
}
