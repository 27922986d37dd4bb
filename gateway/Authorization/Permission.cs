namespace FederatedGraph.Authorization;

/// <summary>
/// What one client may ask under one processing activity: the union of every grant of the activity that admits
/// the client. One instance per (activity, client), so decisions can be cached by it.
/// </summary>
public sealed class Permission
{
    private readonly bool _everything;
    private readonly HashSet<string> _fields = new(StringComparer.Ordinal);
    private readonly HashSet<string> _parameters = new(StringComparer.Ordinal);

    public Permission(ProcessingActivity activity, ClientIdentity client)
    {
        Activity = activity;
        Client = client;
        foreach (var grant in activity.Grants.Where(g => g.Admits(client)))
        {
            _everything |= grant.Fields.Contains(GrantResolver.Everything);
            _fields.UnionWith(grant.Fields);
            _parameters.UnionWith(grant.Parameters);
        }
    }

    public ProcessingActivity Activity { get; }

    public ClientIdentity Client { get; }

    public bool AllowsField(string type, string field) => _everything || _fields.Contains(GrantResolver.Coordinate(type, field));

    /// <summary>A field selected on an abstract type is allowed on it, or on every type it may turn out to be.</summary>
    public bool Allows(FieldUse use)
        => AllowsField(use.Type, use.Field)
           || (use.PossibleTypes.Count > 0 && use.PossibleTypes.All(type => AllowsField(type, use.Field)));

    public bool AllowsParameter(string coordinate) => _everything || _parameters.Contains(coordinate);
}
