using System.Collections.Concurrent;

namespace FederatedGraph.Authorization;

/// <summary>A field an operation selects: its parent type as written (through fragments and aliases) and, when that
/// type is abstract, the object types it may be.</summary>
public sealed record FieldUse(string Type, string Field, IReadOnlyList<string> PossibleTypes)
{
    public string Coordinate => GrantResolver.Coordinate(Type, Field);
}

/// <summary>A coordinate an operation uses that the caller's permission does not allow.</summary>
public sealed record UnauthorisedUse(string Coordinate, bool IsParameter);

/// <summary>
/// Every field and argument one operation uses, found once per document. The verdict for a permission is kept with
/// it, so a cached operation costs a dictionary look-up per request to authorise.
/// </summary>
public sealed class OperationCoordinates(IReadOnlyList<FieldUse> fields, IReadOnlyList<string> parameters)
{
    private readonly ConcurrentDictionary<Permission, IReadOnlyList<UnauthorisedUse>> _verdicts = new();

    public IReadOnlyList<FieldUse> Fields { get; } = fields;

    /// <summary>Argument coordinates (<c>Query.personen(where:)</c>) the operation passes.</summary>
    public IReadOnlyList<string> Parameters { get; } = parameters;

    /// <summary>What <paramref name="permission"/> does not allow, each coordinate once, in the order of the operation.</summary>
    public IReadOnlyList<UnauthorisedUse> Unauthorised(Permission permission)
        => _verdicts.GetOrAdd(permission, p =>
        [
            .. Fields.Where(f => !p.Allows(f)).Select(f => new UnauthorisedUse(f.Coordinate, false)).DistinctBy(u => u.Coordinate),
            .. Parameters.Where(c => !p.AllowsParameter(c)).Distinct().Select(c => new UnauthorisedUse(c, true)),
        ]);
}
