using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <summary>
/// The common shape of the EMPTY_MERGED_*_TYPE rules: a merged type that clients can see must keep at least one
/// visible member. A type that is itself <c>@inaccessible</c> is hidden whole and may be empty.
/// </summary>
public abstract class EmptyMergedTypeRule<T> : IPostMergeRule where T : TypeDefinition
{
    public abstract string Code { get; }

    /// <summary>E.g. "object type".</summary>
    protected abstract string KindName { get; }

    /// <summary>E.g. "fields".</summary>
    protected abstract string MemberNames { get; }

    /// <summary>Why members can be missing after the merge, for the message.</summary>
    protected abstract string Cause { get; }

    protected virtual bool Applies(T type, SchemaModel merged) => true;

    protected abstract bool HasVisibleMember(T type, SchemaModel merged);

    public void Validate(MergedSchema merged, CompositionLog log)
    {
        var schema = merged.Schema;
        foreach (var type in schema.Types.OfType<T>().Visible().Where(t => Applies(t, schema) && !HasVisibleMember(t, schema)))
        {
            var at = SourceDefinitions.OfType(merged, type.Name).First(d => d.Element is T && !d.Element.IsInternal());
            log.Error(Code, at,
                $"The merged {KindName} {type.Name} has no {MemberNames} left that clients can see: {Cause}. "
                + $"Make at least one of its {MemberNames} visible in every source schema that defines {type.Name}, or mark {type.Name} itself @inaccessible.");
        }
    }
}
