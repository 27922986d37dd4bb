using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Empty-Merged-Input-Object-Type"/>
public sealed class EmptyMergedInputObjectTypeRule : EmptyMergedTypeRule<InputObjectTypeDefinition>
{
    public override string Code => "EMPTY_MERGED_INPUT_OBJECT_TYPE";

    protected override string KindName => "input object type";

    protected override string MemberNames => "fields";

    protected override string Cause => "only fields that every source schema defines are merged, and each of those is @inaccessible in some source schema";

    protected override bool HasVisibleMember(InputObjectTypeDefinition type, SchemaModel merged) => type.Fields.Visible().Any();
}
