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

    public IReadOnlyList<ActivityGrant> Grants { get; init; } = [];

    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidUntil is null || day <= ValidUntil);

    /// <summary>The same activity as the register describes it, whatever the grants: registries must agree on this.</summary>
    public bool SameRegisterEntry(ProcessingActivity other)
        => Id == other.Id && Version == other.Version && Name == other.Name && ValidFrom == other.ValidFrom
           && ValidUntil == other.ValidUntil && Confidential == other.Confidential && DevelopmentOnly == other.DevelopmentOnly;
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
