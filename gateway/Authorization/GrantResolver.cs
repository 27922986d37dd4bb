namespace FederatedGraph.Authorization;

/// <summary>
/// Turns a grant as written (coordinates, paths, <c>Type.*</c>, <c>*</c>; <c>Type.field(arg:)</c> and
/// <c>Type.field(*:)</c>) into the plain coordinates it stands for in one schema, and says which entries name
/// nothing there. A path <c>Persoon.geboorte.datum</c> grants each step: <c>Persoon.geboorte</c> and <c>Geboorte.datum</c>.
/// </summary>
public static class GrantResolver
{
    public const string Everything = "*";

    public static (ResolvedGrant Grant, IReadOnlyList<GrantProblem> Problems) Resolve(ActivityGrant declared, ISchemaShape schema)
    {
        var problems = new List<GrantProblem>();
        var everything = declared.Fields.Contains(Everything);
        var fields = new HashSet<string>(StringComparer.Ordinal);
        var parameters = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in declared.Fields.Where(f => f != Everything))
            if (ResolveField(entry, schema, fields) is { } problem) problems.Add(new GrantProblem(entry, problem));
        foreach (var entry in declared.Parameters)
            if (ResolveParameter(entry, schema, parameters) is { } problem) problems.Add(new GrantProblem(entry, problem));
        return (new ResolvedGrant(everything, fields, parameters), problems);
    }

    private static string? ResolveField(string entry, ISchemaShape schema, HashSet<string> fields)
    {
        var steps = entry.Split('.');
        if (steps.Length < 2 || steps.Any(string.IsNullOrWhiteSpace))
            return "is not a schema coordinate: write Type.field, a path Type.field.field, Type.* or *.";
        var type = steps[0];
        var resolved = new List<string>();
        for (var i = 1; i < steps.Length; i++)
        {
            if (steps[i] == "*")
            {
                if (i != steps.Length - 1) return "may only end in *.";
                if (schema.FieldsOf(type) is not { } all) return $"names the type {type}, which has no fields in this schema.";
                resolved.AddRange(all.Select(f => Coordinate(type, f)));
                break;
            }
            if (schema.FieldTypeName(type, steps[i]) is not { } next)
                return $"names {Coordinate(type, steps[i])}, which does not exist in this schema.";
            resolved.Add(Coordinate(type, steps[i]));
            type = next;
        }
        fields.UnionWith(resolved);
        return null;
    }

    private static string? ResolveParameter(string entry, ISchemaShape schema, HashSet<string> parameters)
    {
        var open = entry.IndexOf('(');
        if (open < 0 || !entry.EndsWith(":)", StringComparison.Ordinal))
            return "is not an argument coordinate: write Type.field(argument:) or Type.field(*:).";
        var field = entry[..open].Split('.');
        var argument = entry[(open + 1)..^2];
        if (field.Length != 2 || argument.Length == 0) return "is not an argument coordinate: write Type.field(argument:) or Type.field(*:).";
        if (schema.ArgumentsOf(field[0], field[1]) is not { } arguments)
            return $"names {Coordinate(field[0], field[1])}, which does not exist in this schema.";
        if (argument == "*")
        {
            parameters.UnionWith(arguments.Select(a => ArgumentCoordinate(field[0], field[1], a)));
            return null;
        }
        if (!arguments.Contains(argument)) return $"names the argument {argument}, which {Coordinate(field[0], field[1])} does not take.";
        parameters.Add(ArgumentCoordinate(field[0], field[1], argument));
        return null;
    }

    public static string Coordinate(string type, string field) => $"{type}.{field}";

    public static string ArgumentCoordinate(string type, string field, string argument) => $"{type}.{field}({argument}:)";
}

/// <summary>A grant entry that names nothing in the schema, and why.</summary>
public sealed record GrantProblem(string Entry, string Message);

/// <summary>A grant as plain coordinates: <see cref="Everything"/>, or exactly these fields and arguments.</summary>
public sealed record ResolvedGrant(bool Everything, IReadOnlySet<string> Fields, IReadOnlySet<string> Parameters)
{
    /// <summary>The grant as composition writes it into the gateway configuration, sorted for review.</summary>
    public ActivityGrant ToDeclared(string schema, IReadOnlyList<ClientIdentity> clients) => new()
    {
        Schema = schema,
        Clients = clients,
        Fields = Everything ? [GrantResolver.Everything] : [.. Fields.Order(StringComparer.Ordinal)],
        Parameters = Everything ? [] : [.. Parameters.Order(StringComparer.Ordinal)],
    };
}
