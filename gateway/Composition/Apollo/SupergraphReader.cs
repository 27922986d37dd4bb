using FederatedGraph.Gateway.Configuration;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using GraphQLParser.Visitors;

namespace FederatedGraph.Composition.Apollo;

/// <summary>What an Apollo supergraph gives the gateway: the public schema's SDL and the gateway configuration.</summary>
public sealed record ApolloSupergraph(string PublicSchema, GatewayConfiguration Configuration);

/// <summary>An Apollo supergraph the gateway cannot run, with the reason.</summary>
public sealed class SupergraphException(string message) : Exception(message);

/// <summary>
/// Reads an Apollo Federation supergraph (the <c>join</c> spec, v0.1 to v0.5, as Apollo composition writes it for
/// Federation 1 and 2 subgraphs) into the gateway configuration our planner runs on, so that Apollo subgraphs are
/// planned like Composite Schemas source schemas: each <c>@join__type</c> key becomes an <c>_entities</c> lookup, each
/// <c>@join__field</c> a field source (external, overridden, requires, provides), <c>@join__implements</c> and
/// <c>@join__unionMember</c> the possible types per subgraph. An <c>@interfaceObject</c> subgraph, which knows an
/// interface as one object type, becomes a source of the interface's fields on each implementing object, fetched
/// by the interface's name. The public schema is the supergraph without the join and link machinery and without
/// <c>@inaccessible</c> elements.
/// </summary>
public static class SupergraphReader
{
    private static readonly SDLPrinter Printer = new();

    public static ApolloSupergraph Read(string sdl)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(sdl);
        }
        catch (GraphQLSyntaxErrorException exception)
        {
            throw new SupergraphException($"The supergraph is not valid SDL: {exception.Message}");
        }
        var graphs = Graphs(document);
        var types = document.Definitions.OfType<GraphQLTypeDefinition>()
            .Where(t => t is not GraphQLDirectiveDefinition && !IsMachinery(t.Name.StringValue)).ToList();
        var configuration = new GatewayConfiguration
        {
            FormatVersion = GatewayConfiguration.CurrentFormatVersion,
            SourceSchemas = graphs.Values.Select(g => new SourceSchemaConfiguration
            {
                Name = g.Name,
                Url = g.Url,
                Capabilities = new SourceSchemaCapabilitiesConfiguration { VariableBatching = false, RequestBatching = false },
                ApolloFederation = true,
            }).ToList(),
            Types = new TypeTranslation(types, graphs).Translate(),
        };
        // The API schema is printed from its own copy: printing removes what the translation above still reads.
        return new ApolloSupergraph(ApiSchema.Print(Parser.Parse(sdl)), configuration);
    }

    /// <summary>The join spec's and link spec's own types and directives, which are not part of the API.</summary>
    internal static bool IsMachinery(string name)
        => name.StartsWith("join__", StringComparison.Ordinal) || name.StartsWith("link__", StringComparison.Ordinal);

    /// <summary>The subgraphs: the values of <c>join__Graph</c>, each with its <c>@join__graph(name:, url:)</c>.</summary>
    private static Dictionary<string, Graph> Graphs(GraphQLDocument document)
    {
        var graphEnum = document.Definitions.OfType<GraphQLEnumTypeDefinition>().FirstOrDefault(e => e.Name.StringValue == "join__Graph")
            ?? throw new SupergraphException("The supergraph has no join__Graph enum: it is not an Apollo supergraph.");
        var graphs = new Dictionary<string, Graph>(StringComparer.Ordinal);
        foreach (var value in graphEnum.Values?.Items ?? [])
        {
            var join = Directives(value.Directives, "join__graph").FirstOrDefault()
                ?? throw new SupergraphException($"join__Graph.{value.Name.StringValue} has no @join__graph(name:, url:).");
            graphs[value.Name.StringValue] = new Graph(String(join, "name") ?? value.Name.StringValue, String(join, "url"));
        }
        return graphs;
    }

    internal sealed record Graph(string Name, string? Url);

    internal static IEnumerable<GraphQLDirective> Directives(GraphQLDirectives? directives, string name)
        => directives?.Items.Where(d => d.Name.StringValue == name) ?? [];

    internal static GraphQLDirectives? DirectivesOf(GraphQLTypeDefinition type) => (type as IHasDirectivesNode)?.Directives;

    internal static bool Has(GraphQLDirectives? directives, string name) => Directives(directives, name).Any();

    internal static GraphQLValue? Argument(GraphQLDirective directive, string name)
        => directive.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == name)?.Value;

    internal static string? String(GraphQLDirective directive, string name)
        => Argument(directive, name) is GraphQLStringValue value ? value.Value.ToString() : null;

    internal static bool Bool(GraphQLDirective directive, string name, bool defaultValue)
        => Argument(directive, name) is GraphQLBooleanValue value ? value.BoolValue : defaultValue;

    internal static string? EnumValue(GraphQLDirective directive, string name)
        => Argument(directive, name) is GraphQLEnumValue value ? value.Name.StringValue : null;

    internal static string Print(ASTNode node) => Printer.Print(node);
}
