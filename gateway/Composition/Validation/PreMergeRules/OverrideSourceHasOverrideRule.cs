using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PreMergeRules;

/// <summary>
/// At most one <c>@override</c> applies to a field: several schemas taking over the same field, a declaration
/// that is taken over while it takes over another, or one declaration taken over twice leave no single owner.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Override-Source-Has-Override"/>
public sealed class OverrideSourceHasOverrideRule : IPreMergeRule
{
    public string Code => "OVERRIDE_SOURCE_HAS_OVERRIDE";

    public void Validate(IReadOnlyList<SchemaModel> schemas, CompositionLog log)
    {
        var graph = new CompositeTypeGraph(schemas);
        var overridden = new Dictionary<OutputFieldDefinition, FieldDeclaration>();
        foreach (var overrides in Overrides.Declarations(schemas).GroupBy(o => o.Coordinate, StringComparer.Ordinal))
        {
            var first = overrides.First();
            foreach (var overriding in overrides)
            {
                var problem = overriding == first ? null : new Problem(
                    $"{overriding.Coordinate} is also taken over with @override in schema {first.Schema.Name}", first.Place);
                foreach (var target in Overrides.Targets(overriding, schemas, graph))
                {
                    if (target.Field.HasDirective(CompositeDirectives.Override))
                        problem ??= new Problem($"the declaration it takes over, {target.Coordinate} in schema {target.Schema.Name}, itself carries @override", target.Place);
                    else if (overridden.TryGetValue(target.Field, out var earlier))
                        problem ??= new Problem($"{target.Coordinate} in schema {target.Schema.Name} is already taken over by schema {earlier.Schema.Name}", earlier.Place);
                    overridden.TryAdd(target.Field, overriding);
                }
                if (problem is null) continue;

                var directive = overriding.Field.Directive(CompositeDirectives.Override)!;
                log.Report(Code, new Place(overriding.Schema, directive.Location),
                    $"The @override on {overriding.Coordinate} here conflicts: {problem.Reason}. " +
                    "Only one schema may take over a field, and not from a schema that took it over itself: keep one @override and remove the others.",
                    [problem.Related]);
            }
        }
    }

    private sealed record Problem(string Reason, Place Related);
}
