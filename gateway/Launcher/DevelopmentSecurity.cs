using FederatedGraph.Authorization;
using FederatedGraph.Gateway.Configuration;
using FederatedGraph.Security;

namespace FederatedGraph.Launcher;

/// <summary>
/// What a local run needs to be asked anything: a development token issuer whose JWKS every launched process trusts
/// (they run in the Development environment, which alone accepts it), and a ready token for the developer. The caller
/// is the first client of the composed configuration's development-only activity that grants everything: data, so the
/// launcher names no client itself.
/// </summary>
internal sealed class DevelopmentSecurity(DevelopmentTokenIssuer issuer, ClientIdentity client, ProcessingActivity activity) : IAsyncDisposable
{
    public const string IssuerName = "issuer";
    public const int DefaultIssuerPort = 5099;

    public ClientIdentity Client { get; } = client;

    public ProcessingActivity Activity { get; } = activity;

    /// <summary>Valid for a working day; the next start prints a new one (the key is new every start).</summary>
    public string Token { get; } = issuer.CreateToken(client, lifetime: TimeSpan.FromHours(12));

    public string Authority => issuer.Authority;

    /// <summary>Settings every launched process gets: trust the issuer, as the Development environment.</summary>
    public IReadOnlyList<string> ProcessSettings => issuer.TrustSettings;

    /// <summary>Settings that make a process's Banana Cake Pop send the headers with every request (its IDE settings section:
    /// <c>Gateway:Ide</c> at the gateway, <c>Ide</c> at a registry). The page serves them to whoever opens it: development only.</summary>
    public IEnumerable<string> IdeSettings(string section) => DevelopmentTokenIssuer.IdeSettings(section, Headers);

    /// <summary>The headers a request needs: the token and the purpose.</summary>
    public IReadOnlyList<(string Name, string Value)> Headers => DevelopmentTokenIssuer.CallerHeaders(Token, Activity.Id);

    public static async Task<DevelopmentSecurity> StartAsync(string configurationPath, int port)
    {
        var configuration = GatewayConfigurationJson.Read(await File.ReadAllTextAsync(configurationPath));
        var activity = configuration.ProcessingActivities.FirstOrDefault(a =>
                           a.DevelopmentOnly && a.Grants.Any(g => g.Fields.Contains(GrantResolver.Everything)))
                       ?? throw new LaunchFailedException(
                           $"{configurationPath} has no development-only processing activity that grants everything ('*'), so the launcher has no caller to " +
                           "give a token: add one to the registries' authorisations.json (see schema/README.md) and compose.");
        var client = activity.Grants.SelectMany(g => g.Clients).First();
        try
        {
            return new DevelopmentSecurity(await DevelopmentTokenIssuer.StartAsync(port), client, activity);
        }
        catch (IOException exception)
        {
            throw new LaunchFailedException($"The development token issuer cannot listen on port {port} ({exception.Message}); choose another with --port issuer=<port>.");
        }
    }

    public ValueTask DisposeAsync() => issuer.DisposeAsync();
}
