namespace FederatedGraph.Composition.Model;

/// <summary>What every named part of a schema has: a name, a description, directives and where it was written.</summary>
public abstract class SchemaElement(string name, SourceLocation location)
{
    public string Name { get; } = name;

    public string? Description { get; set; }

    public List<DirectiveApplication> Directives { get; } = [];

    public SourceLocation Location { get; } = location;

    public bool HasDirective(string name) => Directives.Exists(d => d.Name == name);

    public DirectiveApplication? Directive(string name) => Directives.Find(d => d.Name == name);

    public IEnumerable<DirectiveApplication> DirectivesNamed(string name) => Directives.Where(d => d.Name == name);

    /// <summary>The reason given by <c>@deprecated</c>, "No longer supported" when it has none, or null when not deprecated.</summary>
    public string? DeprecationReason => Directive("deprecated") is { } deprecated
        ? deprecated.StringArgument("reason") ?? "No longer supported"
        : null;
}
