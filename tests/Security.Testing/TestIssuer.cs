using System.Net.Http.Headers;
using FederatedGraph.Authorization;
using FederatedGraph.ProcessingLog;
using FederatedGraph.Security;

namespace FederatedGraph.Security.Testing;

/// <summary>
/// One development token issuer per test process, on a loopback port, whose JWKS every registry and gateway under
/// test trusts (<see cref="ServerSettings"/>); and the callers of the sample municipality's authorisation files.
/// </summary>
public static class TestIssuer
{
    private static readonly Lazy<Task<DevelopmentTokenIssuer>> Started = new(() => DevelopmentTokenIssuer.StartAsync());

    public static DevelopmentTokenIssuer Instance => Started.Value.GetAwaiter().GetResult();

    /// <summary>Settings for a process under test: trust the issuer, run as Development (which alone honours a plain-HTTP
    /// issuer and the development activity).</summary>
    public static string[] ServerSettings => [.. Instance.TrustSettings];

    /// <summary><see cref="ServerSettings"/> and the process's development pseudonymisation key for its processing log
    /// (<paramref name="process"/>: a registry's name, or <c>gateway</c>).</summary>
    public static string[] ProcessSettings(string process) => [.. ServerSettings, DevelopmentPseudonymKey.Setting(process)];

    /// <summary>The pseudonymiser of a process under test, to find a subject's records as its log stores them.</summary>
    public static SubjectPseudonymiser Pseudonymiser(string process) => SubjectPseudonymiser.FromBase64(DevelopmentPseudonymKey.For(process))!;

    public static string Token(ClientIdentity client, string? user = null) => Instance.CreateToken(client, user);

    /// <summary>Settings that make a process's Banana Cake Pop send the development caller's token and purpose, as the
    /// launcher sets them (<paramref name="section"/>: <c>Gateway:Ide</c> or <c>Ide</c>).</summary>
    public static string[] IdeSettings(string section) => [.. DevelopmentTokenIssuer.IdeSettings(section, DeveloperCallerHeaders)];

    /// <summary>Makes every request of <paramref name="http"/> carry the client's token and the activity.</summary>
    public static HttpClient Authorise(HttpClient http, ClientIdentity client, string activity, string? user = null)
    {
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(client, user));
        http.DefaultRequestHeaders.Remove(PurposeHeaders.ProcessingActivity);
        http.DefaultRequestHeaders.Add(PurposeHeaders.ProcessingActivity, activity);
        return http;
    }

    /// <summary>The headers the gateway forwards for the development caller, for tests that drive the executor directly.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> DeveloperHeaders => [.. DeveloperCallerHeaders.Select(h => KeyValuePair.Create(h.Name, h.Value))];

    private static IReadOnlyList<(string Name, string Value)> DeveloperCallerHeaders
        => DevelopmentTokenIssuer.CallerHeaders(Token(SampleCallers.Development), SampleCallers.DevelopmentActivity);

    /// <summary>The development client under the development activity: may ask everything of the fictitious sample data.</summary>
    public static HttpClient AuthoriseAsDeveloper(HttpClient http) => Authorise(http, SampleCallers.Development, SampleCallers.DevelopmentActivity);
}

/// <summary>The clients and processing activities of the sample municipality (<c>schema/*/authorisations.json</c>).</summary>
public static class SampleCallers
{
    public const string Organisation = "00000001999999999000";
    private const string Register = "https://gemeente-voorbeeld.example/verwerkingsactiviteiten/";

    public const string DevelopmentActivity = Register + "ontwikkeling";
    public const string VerhuizingActivity = Register + "burgerzaken-verhuizing";
    public const string WozBeschikkingActivity = Register + "belastingen-woz-beschikking";
    public const string ExpiredActivity = Register + "burgerzaken-verkiezingen-2022";
    public const string PrivacyInzageActivity = Register + "privacy-inzageverzoek";
    public const string EigenInzageActivity = Register + "inzage-eigen-verwerkingen";
    /// <summary>Confidential in the register: hidden from the data subject's own view of the processing log.</summary>
    public const string HandhavingActivity = Register + "handhaving-onderzoek";

    public static readonly ClientIdentity Development = new(Organisation, "federatedgraph-development");
    public static readonly ClientIdentity BurgerzakenBalie = new(Organisation, "burgerzaken-balie");
    public static readonly ClientIdentity BurgerzakenPortaal = new(Organisation, "burgerzaken-portaal");
    public static readonly ClientIdentity BelastingenWoz = new(Organisation, "belastingen-woz");
    public static readonly ClientIdentity PrivacyOfficer = new(Organisation, "privacy-inzage");
    /// <summary>The citizens' portal: its tokens carry the citizen's BSN as subject (DigiD).</summary>
    public static readonly ClientIdentity MijnGemeente = new(Organisation, "mijn-gemeente");
    public static readonly ClientIdentity Handhaving = new(Organisation, "handhaving-onderzoek");
}
