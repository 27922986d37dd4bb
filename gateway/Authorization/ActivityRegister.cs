using System.Collections.Concurrent;

namespace FederatedGraph.Authorization;

/// <summary>
/// The processing activities a process knows, with their grants as plain coordinates: at the gateway the composed
/// ones, at a registry its own. Decides whether a caller may use the activity it names, and what it may then ask.
/// </summary>
public sealed class ActivityRegister
{
    private readonly Dictionary<string, ProcessingActivity> _activities;
    private readonly ConcurrentDictionary<(string, ClientIdentity), Permission> _permissions = new();

    /// <param name="activities">Activities whose grants hold plain coordinates (or <c>*</c>).</param>
    /// <param name="isDevelopment">Whether development-only activities count; never in production.</param>
    public ActivityRegister(IEnumerable<ProcessingActivity> activities, bool isDevelopment)
    {
        _activities = activities.Where(a => isDevelopment || !a.DevelopmentOnly).ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<ProcessingActivity> Activities => _activities.Values;

    public ProcessingActivity? Find(string activityId) => _activities.GetValueOrDefault(activityId);

    public PurposeDecision Decide(string? activityId, ClientIdentity client, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(activityId))
            return PurposeDecision.Refuse(AuthorizationErrorCodes.PurposeRequired,
                "Name the processing activity (doelbinding) of this request in the X-Processing-Activity header.");
        if (!_activities.TryGetValue(activityId, out var activity))
            return PurposeDecision.Refuse(AuthorizationErrorCodes.PurposeUnknown,
                $"The processing activity '{activityId}' is not in the register of this service.");
        if (!activity.IsValidOn(today))
            return PurposeDecision.Refuse(AuthorizationErrorCodes.PurposeExpired,
                $"The processing activity '{activity.Name}' is valid {Period(activity)}, not today.");
        if (!activity.Grants.Any(g => g.Admits(client)))
            return PurposeDecision.Refuse(AuthorizationErrorCodes.PurposeNotAllowed,
                $"The client {client} may not use the processing activity '{activity.Name}'.");
        return PurposeDecision.Allow(_permissions.GetOrAdd((activity.Id, client), _ => new Permission(activity, client)));
    }

    private static string Period(ProcessingActivity activity)
        => $"from {activity.ValidFrom?.ToString("yyyy-MM-dd") ?? "the start"} until {activity.ValidUntil?.ToString("yyyy-MM-dd") ?? "further notice"}";
}

/// <summary>Either the caller's permission under its activity, or why it has none.</summary>
public sealed record PurposeDecision(Permission? Permission, string? Code, string? Message)
{
    public static PurposeDecision Allow(Permission permission) => new(permission, null, null);

    public static PurposeDecision Refuse(string code, string message) => new(null, code, message);
}
