using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Empty-Merged-Object-Type"/>
public sealed class EmptyMergedObjectTypeRule : EmptyMergedTypeRule<ComplexTypeDefinition>
{
    public override string Code => "EMPTY_MERGED_OBJECT_TYPE";

    protected override string KindName => "object type";

    protected override string MemberNames => "fields";

    protected override string Cause => "each field is @inaccessible or @internal in some source schema";

    // An empty query type is NO_QUERIES's finding, with a message that fits it better.
    protected override bool Applies(ComplexTypeDefinition type, SchemaModel merged)
        => type.Kind == TypeKind.Object && type.Name != merged.QueryTypeName;

    protected override bool HasVisibleMember(ComplexTypeDefinition type, SchemaModel merged) => type.Fields.Visible().Any();
}
