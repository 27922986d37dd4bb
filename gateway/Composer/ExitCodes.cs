namespace FederatedGraph.Gateway.Composer;

/// <summary>The compose tool's exit codes, documented in schema/README.md.</summary>
public static class ExitCodes
{
    /// <summary>Composed (and with --check: no breaking changes and the committed files are up to date).</summary>
    public const int Success = 0;

    /// <summary>Composition reported errors, or its inputs could not be read or fetched.</summary>
    public const int CompositionFailed = 1;

    /// <summary>--check: the public schema has breaking changes that are not allowed.</summary>
    public const int BreakingChanges = 2;

    /// <summary>--check: no breaking changes, but the committed files differ from a fresh composition.</summary>
    public const int OutOfDate = 3;

    /// <summary>The command line was not understood.</summary>
    public const int Usage = 64;
}
