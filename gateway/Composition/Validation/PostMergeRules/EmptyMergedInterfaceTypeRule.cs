using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Empty-Merged-Interface-Type"/>
public sealed class EmptyMergedInterfaceTypeRule : EmptyMergedTypeRule<ComplexTypeDefinition>
{
    public override string Code => "EMPTY_MERGED_INTERFACE_TYPE";

    protected override string KindName => "interface type";

    protected override string MemberNames => "fields";

    protected override string Cause => "each field is @inaccessible or @internal in some source schema";

    protected override bool Applies(ComplexTypeDefinition type, SchemaModel merged) => type.Kind == TypeKind.Interface;

    protected override bool HasVisibleMember(ComplexTypeDefinition type, SchemaModel merged) => type.Fields.Visible().Any();
}
