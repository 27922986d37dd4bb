using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Empty-Merged-Enum-Type"/>
public sealed class EmptyMergedEnumTypeRule : EmptyMergedTypeRule<EnumTypeDefinition>
{
    public override string Code => "EMPTY_MERGED_ENUM_TYPE";

    protected override string KindName => "enum type";

    protected override string MemberNames => "values";

    protected override string Cause => "each value is @inaccessible in some source schema";

    protected override bool HasVisibleMember(EnumTypeDefinition type, SchemaModel merged) => type.Values.Visible().Any();
}
