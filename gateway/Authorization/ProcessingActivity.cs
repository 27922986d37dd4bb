namespace FederatedGraph.Authorization;

/// <summary>
/// A processing activity (verwerkingsactiviteit) from the organisation's register: the purpose a caller names
/// with every request, which gives the legal ground for the processing. <see cref="Grants"/> say, per source schema,
/// which clients may use it and what they may ask.
/// </summary>
public sealed record ProcessingActivity
{
    /// <summary>The activity's URI in the register of processing activities.</summary>
    public required string Id { get; init; }

    /// <summary>The register's version of the activity; recorded with every processing.</summary>
    public required string Version { get; init; }

    public required string Name { get; init; }

    /// <summary>First day the activity may be used; null when it has no start.</summary>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>Last day the activity may be used; null when it has no end.</summary>
    public DateOnly? ValidUntil { get; init; }

    /// <summary>Hidden from a citizen's own view of the processing log (the register marks it confidential).</summary>
    public bool Confidential { get; init; }

    /// <summary>Honoured only by processes running in the Development environment (the fictitious sample data).</summary>
    public bool DevelopmentOnly { get; init; }

    /// <summary>Whose records of the processing log this activity may read; none for every ordinary purpose.</summary>
    public ProcessingLogAccess ProcessingLogAccess { get; init; }

    public IReadOnlyList<ActivityGrant> Grants { get; init; } = [];

    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidUntil is null || day <= ValidUntil);

    /// <summary>The same activity as the register describes it, whatever the grants: registries must agree on this.</summary>
    public bool SameRegisterEntry(ProcessingActivity other)
        => Id == other.Id && Version == other.Version && Name == other.Name && ValidFrom == other.ValidFrom
           && ValidUntil == other.ValidUntil && Confidential == other.Confidential && DevelopmentOnly == other.DevelopmentOnly
           && ProcessingLogAccess == other.ProcessingLogAccess;
}

/// <summary>
/// What one source schema allows for an activity: the clients that may use it there, and the schema coordinates
/// they may select (<c>Persoon.naam</c>) and the arguments they may pass (<c>Query.personen(where:)</c>).
/// In a registry's own file the entries may also be paths (<c>Persoon.geboorte.datum</c>), <c>Type.*</c> or <c>*</c>;
/// composition writes them out as plain coordinates, except <c>*</c>.
/// </summary>
public sealed record ActivityGrant
{
    /// <summary>The source schema that grants it; null in a registry's own file, where it is the registry itself.</summary>
    public string? Schema { get; init; }

    public IReadOnlyList<ClientIdentity> Clients { get; init; } = [];

    public IReadOnlyList<string> Fields { get; init; } = [];

    public IReadOnlyList<string> Parameters { get; init; } = [];

    public bool Admits(ClientIdentity client) => Clients.Contains(client);
}

/// <summary>An application of an organisation: the organisation's OIN and the application's OAuth client id.</summary>
public sealed record ClientIdentity(string Organisation, string Application)
{
    public override string ToString() => $"{Application} ({Organisation})";
}

/// <summary>
/// Which records of the processing log (Logboek Dataverwerkingen) an activity may read. Reading the log is a purpose
/// of its own: the citizen's right of access (AVG art. 15) or the privacy officer answering a request.
/// </summary>
public enum ProcessingLogAccess
{
    /// <summary>The log is not read under this activity.</summary>
    None,

    /// <summary>The data subject's own records only: the caller's user must be the subject (a citizen logged in with
    /// DigiD, whose token subject is their BSN). Activities the register marks confidential stay hidden.</summary>
    OwnRecords,

    /// <summary>Any data subject's records, confidential activities included: the privacy officer's activity.</summary>
    AllRecords,
}
