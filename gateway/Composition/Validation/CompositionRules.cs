using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation;

/// <summary>A named rule of the Composite Schemas spec; <see cref="Code"/> is the error code it reports.</summary>
public interface ICompositionRule
{
    string Code { get; }
}

/// <summary>Checks one source schema on its own.</summary>
public interface ISourceSchemaRule : ICompositionRule
{
    void Validate(SchemaModel schema, CompositionLog log);
}

/// <summary>Checks the source schemas against each other before they are merged.</summary>
public interface IPreMergeRule : ICompositionRule
{
    void Validate(IReadOnlyList<SchemaModel> schemas, CompositionLog log);
}

/// <summary>Checks the merged schema.</summary>
public interface IPostMergeRule : ICompositionRule
{
    void Validate(MergedSchema merged, CompositionLog log);
}

/// <summary>Every rule in this assembly, found once, in a stable order (by code).</summary>
public static class CompositionRules
{
    public static readonly IReadOnlyList<ISourceSchemaRule> SourceSchemaRules = Discover<ISourceSchemaRule>();

    public static readonly IReadOnlyList<IPreMergeRule> PreMergeRules = Discover<IPreMergeRule>();

    public static readonly IReadOnlyList<IPostMergeRule> PostMergeRules = Discover<IPostMergeRule>();

    public static IEnumerable<ICompositionRule> All => [.. SourceSchemaRules, .. PreMergeRules, .. PostMergeRules];

    // Discovery rather than a hand-kept list: adding a rule class is all it takes to run it.
    private static IReadOnlyList<T> Discover<T>() => typeof(CompositionRules).Assembly.GetTypes()
        .Where(t => typeof(T).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
        .Select(t => (T)Activator.CreateInstance(t)!)
        .OrderBy(r => ((ICompositionRule)r!).Code, StringComparer.Ordinal)
        .ToArray();
}
