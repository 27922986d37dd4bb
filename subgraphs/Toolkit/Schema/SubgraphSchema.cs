using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQL.Utilities.Visitors;
using GraphQLParser.AST;
using GraphQLParser.Visitors;
using FederatedGraph.Subgraphs.Toolkit.ApolloFederation;
using FederatedGraph.Subgraphs.Toolkit.ProcessingLog;

namespace FederatedGraph.Subgraphs.Toolkit.Schema;

/// <summary>Base schema of a registry subgraph: declares the Composite Schemas directives, gives every registry the
/// processing log's parts (the inzage entry point <c>betrokkene</c> and the recording of the data subjects it returns),
/// and the Apollo Federation subgraph protocol (<c>_service</c>, <c>_entities</c>), so Apollo gateways can front it too.</summary>
public abstract class SubgraphSchema : GraphQL.Types.Schema
{
    private static readonly PrintOptions PrintOptions = new() { IncludeDescriptions = true, IncludeDeprecationReasons = true };

    private readonly Lazy<string> _apolloSubgraphSdl;

    protected SubgraphSchema(IServiceProvider services) : base(services)
    {
        CompositeDirectives.Register(this);
        RegisterVisitor(new DataSubjectRecording());
        RegisterVisitor(new RequiredFromRepresentation());
        _apolloSubgraphSdl = new Lazy<string>(() => ApolloFederation.ApolloSubgraphSdl.Print(this));
    }

    /// <summary>The registry's Query is set by its own constructor, after this one: the inzage field and the Apollo
    /// protocol join it here.</summary>
    protected override SchemaTypes CreateSchemaTypes()
    {
        if (Query.GetField(BetrokkeneType.LookupFieldName) is null) Query.AddField(BetrokkeneType.LookupField());
        ApolloSubgraphFields.AddTo(Query);
        return base.CreateSchemaTypes();
    }

    /// <summary>The source schema SDL, as committed under <c>schema/&lt;registry&gt;/schema.graphqls</c>. The Apollo
    /// protocol is not part of it: our composer never sees it.</summary>
    public string PrintSourceSchema() => Print(SourceDocument());

    /// <summary>The schema as an Apollo Federation 2 subgraph, what <c>_service { sdl }</c> answers.</summary>
    public string ApolloSubgraphSdl => _apolloSubgraphSdl.Value;

    /// <summary>The schema's definitions without the Apollo protocol, as GraphQL.NET's printer would print them.</summary>
    internal GraphQLDocument SourceDocument()
    {
        var document = this.ToAST();
        if (!Features.DeprecationOfInputValues) RemoveInputValueDeprecationDirectivesVisitor.Visit(document);
        ApolloSubgraphFields.RemoveFrom(document, Query.Name);
        return document;
    }

    internal static string Print(GraphQLDocument document)
    {
        using var writer = new StringWriter();
        new SDLPrinter(PrintOptions).PrintAsync(document, writer).AsTask().GetAwaiter().GetResult();
        return writer.ToString().ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
