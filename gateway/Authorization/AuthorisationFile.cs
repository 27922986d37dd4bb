using System.Text.Json;
using System.Text.Json.Serialization;

namespace FederatedGraph.Authorization;

/// <summary>
/// A registry's reviewed authorisations, kept next to its source schema as <c>schema/&lt;registry&gt;/authorisations.json</c>:
/// per processing activity the register entry, the clients, and the fields and parameters they may use there.
/// The format is described in <c>schema/README.md</c>.
/// </summary>
public static class AuthorisationFile
{
    public const string FileName = "authorisations.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter<ProcessingLogAccess>(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };

    /// <summary>Reads the file's activities, each with one grant of this registry (<see cref="ActivityGrant.Schema"/> null);
    /// throws <see cref="JsonException"/> saying what is wrong.</summary>
    public static IReadOnlyList<ProcessingActivity> Parse(string json)
    {
        var file = JsonSerializer.Deserialize<FileShape>(json, Json) ?? throw new JsonException("The authorisations file is empty.");
        var activities = new List<ProcessingActivity>();
        foreach (var entry in file.ProcessingActivities)
        {
            if (string.IsNullOrWhiteSpace(entry.Id) || string.IsNullOrWhiteSpace(entry.Version) || string.IsNullOrWhiteSpace(entry.Name))
                throw new JsonException("Every processing activity needs an id, a version and a name.");
            if (activities.Any(a => a.Id == entry.Id))
                throw new JsonException($"The processing activity {entry.Id} is listed twice.");
            if (entry.ValidFrom > entry.ValidUntil)
                throw new JsonException($"The processing activity {entry.Id} ends ({entry.ValidUntil}) before it starts ({entry.ValidFrom}).");
            if (entry.Clients.Any(c => string.IsNullOrWhiteSpace(c.Organisation) || string.IsNullOrWhiteSpace(c.Application)))
                throw new JsonException($"Every client of {entry.Id} needs an organisation (OIN) and an application (client id).");
            activities.Add(new ProcessingActivity
            {
                Id = entry.Id,
                Version = entry.Version,
                Name = entry.Name,
                ValidFrom = entry.ValidFrom,
                ValidUntil = entry.ValidUntil,
                Confidential = entry.Confidential,
                DevelopmentOnly = entry.DevelopmentOnly,
                ProcessingLogAccess = entry.ProcessingLogAccess,
                Grants = [new ActivityGrant { Clients = entry.Clients, Fields = entry.Fields, Parameters = entry.Parameters }],
            });
        }
        return activities;
    }

    private sealed record FileShape
    {
        public required IReadOnlyList<EntryShape> ProcessingActivities { get; init; }
    }

    private sealed record EntryShape
    {
        public required string Id { get; init; }
        public required string Version { get; init; }
        public required string Name { get; init; }
        public string? Description { get; init; }
        public DateOnly? ValidFrom { get; init; }
        public DateOnly? ValidUntil { get; init; }
        public bool Confidential { get; init; }
        public bool DevelopmentOnly { get; init; }
        public ProcessingLogAccess ProcessingLogAccess { get; init; }
        public IReadOnlyList<ClientIdentity> Clients { get; init; } = [];
        public IReadOnlyList<string> Fields { get; init; } = [];
        public IReadOnlyList<string> Parameters { get; init; } = [];
    }
}
