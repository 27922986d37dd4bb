using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using FederatedGraph.Subgraphs.Toolkit.ProcessingLog;

namespace FederatedGraph.Subgraphs.Toolkit.Schema;

/// <summary>Base schema of a registry subgraph: declares the Composite Schemas directives, and gives every registry the
/// processing log's parts: the inzage entry point <c>betrokkene</c> and the recording of the data subjects it returns.</summary>
public abstract class SubgraphSchema : GraphQL.Types.Schema
{
    protected SubgraphSchema(IServiceProvider services) : base(services)
    {
        CompositeDirectives.Register(this);
        RegisterVisitor(new DataSubjectRecording());
    }

    /// <summary>The registry's Query is set by its own constructor, after this one: the inzage field joins it here.</summary>
    protected override SchemaTypes CreateSchemaTypes()
    {
        if (Query.GetField(BetrokkeneType.LookupFieldName) is null) Query.AddField(BetrokkeneType.LookupField());
        return base.CreateSchemaTypes();
    }

    /// <summary>The source schema SDL, as committed under <c>schema/&lt;registry&gt;/schema.graphqls</c>.</summary>
    public string PrintSourceSchema()
        => this.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";
}
