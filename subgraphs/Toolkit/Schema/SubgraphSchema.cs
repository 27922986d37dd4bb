using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace FederatedGraph.Subgraphs.Toolkit.Schema;

/// <summary>Base schema of a registry subgraph: declares the Composite Schemas directives.</summary>
public abstract class SubgraphSchema : GraphQL.Types.Schema
{
    protected SubgraphSchema(IServiceProvider services) : base(services)
    {
        CompositeDirectives.Register(this);
    }

    /// <summary>The source schema SDL, as committed under <c>schema/&lt;registry&gt;/schema.graphqls</c>.</summary>
    public string PrintSourceSchema()
        => this.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";
}
