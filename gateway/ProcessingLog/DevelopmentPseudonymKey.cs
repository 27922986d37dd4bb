using System.Security.Cryptography;
using System.Text;

namespace FederatedGraph.ProcessingLog;

/// <summary>
/// Development only: a fixed pseudonymisation key per process, derived from its name, so that a local run and the tests
/// find a subject's records again after a restart. Anyone who reads this code has these keys, so a process outside the
/// Development environment refuses them.
/// </summary>
public static class DevelopmentPseudonymKey
{
    public static string For(string process)
        => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("FederatedGraph development pseudonymisation key: " + process)));

    /// <summary>The command-line setting that gives a process its development key.</summary>
    public static string Setting(string process) => $"--ProcessingLog:PseudonymKey={For(process)}";
}
