using System.Text.RegularExpressions;
using FederatedGraph.Composition.Model;
using GraphQLParser.AST;

namespace FederatedGraph.Composition.Apollo;

/// <summary>
/// Which names an Apollo subgraph uses for the federation directives and types. A Federation 2 subgraph says so
/// with <c>@link(url: "https://specs.apollo.dev/federation/v2.x", import: [...])</c>: imported names are used as
/// written or as renamed (<c>{name: "@key", as: "@primaryKey"}</c>), the others only with the link's namespace
/// (<c>@federation__key</c>, or <c>@fed__key</c> with <c>as: "fed"</c>). A subgraph without that link is Federation 1,
/// whose directives have their plain names.
/// </summary>
internal sealed partial class FederationNames
{
    /// <summary>The federation directives this reader knows, by their specified names.</summary>
    public static readonly IReadOnlyList<string> Directives =
    [
        "key", "requires", "provides", "external", "shareable", "override", "inaccessible", "interfaceObject", "extends", "tag",
        "composeDirective", "authenticated", "requiresScopes", "policy", "context", "fromContext", "cost", "listSize",
    ];

    private static readonly string[] Federation1Directives = ["key", "requires", "provides", "external", "extends", "shareable", "override", "inaccessible", "tag"];

    /// <summary>The federation spec's own types (the selection scalar and the scalars of the authorization directives).</summary>
    private static readonly string[] SpecTypes = ["FieldSet", "Scope", "Policy", "ContextFieldValue"];

    private readonly Dictionary<string, string> directives = new(StringComparer.Ordinal);
    private readonly HashSet<string> types = new(StringComparer.Ordinal) { "_Any", "_Service", "_Entity", "_FieldSet" };

    private FederationNames(string? version, string? @namespace)
    {
        Version = version;
        Namespace = @namespace;
    }

    /// <summary>"2.3" for a Federation 2.3 subgraph; null for Federation 1.</summary>
    public string? Version { get; }

    public bool IsFederation2 => Version is not null;

    private string? Namespace { get; }

    /// <summary>The specified name of the federation directive the schema calls <paramref name="localName"/>; null for others.</summary>
    public string? Directive(string localName) => directives.GetValueOrDefault(localName);

    /// <summary>Whether a type is federation or link machinery, not part of the subgraph's API.</summary>
    public bool IsMachineryType(string name)
        => types.Contains(name) || name.StartsWith("link__", StringComparison.Ordinal)
           || (Namespace is not null && name.StartsWith(Namespace + "__", StringComparison.Ordinal));

    /// <summary>Whether a directive definition belongs to federation or link and is dropped with them.</summary>
    public bool IsMachineryDirective(string name)
        => directives.ContainsKey(name) || name == "link" || name.StartsWith("link__", StringComparison.Ordinal)
           || (Namespace is not null && name.StartsWith(Namespace + "__", StringComparison.Ordinal));

    /// <summary>The names the schema's <c>@link</c>s give; null (with the error logged) when it links a federation version we do not run.</summary>
    public static FederationNames? From(SchemaModel schema, Action<SourceLocation, string, string> error)
    {
        var link = schema.SchemaDirectives
            .Where(d => d.Name == "link")
            .FirstOrDefault(d => d.StringArgument("url") is { } url && url.Contains("/federation/", StringComparison.Ordinal));
        if (link is null)
        {
            var federation1 = new FederationNames(null, null);
            foreach (var name in Federation1Directives) federation1.directives[name] = name;
            return federation1;
        }

        var url = link.StringArgument("url")!;
        var match = VersionPattern().Match(url);
        if (!match.Success || match.Groups["major"].Value != "2")
        {
            error(link.Location, SubgraphReader.UnsupportedFederationVersion,
                $"The subgraph links '{url}'; the gateway composes Federation 1 and Federation 2 (v2.x) subgraphs only. Link 'https://specs.apollo.dev/federation/v2.x'.");
            return null;
        }

        var @namespace = link.StringArgument("as") ?? "federation";
        var names = new FederationNames($"{match.Groups["major"].Value}.{match.Groups["minor"].Value}", @namespace);
        foreach (var name in Directives) names.directives[$"{@namespace}__{name}"] = name;
        foreach (var name in SpecTypes) names.types.Add($"{@namespace}__{name}");
        if (link.Arguments.TryGetValue("import", out var imports) && imports is GraphQLListValue list)
        {
            foreach (var import in list.Values ?? [])
            {
                var (name, alias) = import switch
                {
                    GraphQLStringValue s => (s.Value.ToString(), s.Value.ToString()),
                    GraphQLObjectValue o => (Field(o, "name"), Field(o, "as") ?? Field(o, "name")),
                    _ => (null, null),
                };
                if (name is null || alias is null) continue;
                if (name.StartsWith('@')) names.directives[alias.TrimStart('@')] = name[1..];
                else names.types.Add(alias);
            }
        }
        return names;
    }

    private static string? Field(GraphQLObjectValue value, string name)
        => value.Fields?.FirstOrDefault(f => f.Name.StringValue == name)?.Value is GraphQLStringValue s ? s.Value.ToString() : null;

    [GeneratedRegex(@"/federation/v(?<major>\d+)\.(?<minor>\d+)$")]
    private static partial Regex VersionPattern();
}
