using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Empty-Merged-Union-Type"/>
public sealed class EmptyMergedUnionTypeRule : EmptyMergedTypeRule<UnionTypeDefinition>
{
    public override string Code => "EMPTY_MERGED_UNION_TYPE";

    protected override string KindName => "union type";

    protected override string MemberNames => "member types";

    protected override string Cause => "each member type is @inaccessible or @internal";

    protected override bool HasVisibleMember(UnionTypeDefinition type, SchemaModel merged)
        => type.Members.Any(merged.IsVisibleType);
}
