using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL.Types;
using GraphQLParser.AST;

namespace FederatedGraph.Subgraphs.Toolkit.ApolloFederation;

/// <summary>
/// A registry's schema as an Apollo Federation 2 subgraph, derived from its Composite Schemas source schema:
/// <list type="bullet">
/// <item><c>@key</c> stays; a key none of the registry's lookups can resolve (<see cref="EntityLookup"/>) gets
/// <c>resolvable: false</c>, as does a type the registry only references.</item>
/// <item><c>@shareable</c>, <c>@external</c>, <c>@provides</c>, <c>@override</c> and <c>@inaccessible</c> mean the same
/// in both specs and stay.</item>
/// <item>The fields an entity type resolves are <c>@shareable</c>. Another source schema may <c>@provides</c> them (the BRP
/// keeps a copy of the BAG's address lines) without the owner's say in the Composite Schemas spec, while Apollo Federation
/// counts a provided field as resolved there too and asks every subgraph that resolves it to mark it. Our composition has
/// already checked who resolves what, so this admits nothing it refused.</item>
/// <item>An argument <c>@require(field: "f")</c> becomes <c>@requires(fields: "f")</c> on its field, with <c>f</c> declared
/// <c>@external</c> on the type: the gateway then passes <c>f</c> in the entity's representation.</item>
/// <item><c>@internal</c> fields are left out. Apollo has no field hidden in one subgraph only: <c>@inaccessible</c> hides the
/// merged field, so an internal lookup would hide another registry's public field of the same name. An Apollo gateway
/// reaches entities through <c>_entities</c> and needs no lookups.</item>
/// <item><c>@lookup</c>, <c>@is</c> and the Composite Schemas definitions are left out; the federation directives come
/// through <c>@link</c>.</item>
/// </list>
/// </summary>
public static class ApolloSubgraphSdl
{
    public const string FederationSpec = "https://specs.apollo.dev/federation/v2.3";

    private const string Link = $$"""
        extend schema @link(url: "{{FederationSpec}}", import: ["@key", "@requires", "@provides", "@external", "@shareable", "@inaccessible", "@override"])
        """;

    internal static string Print(SubgraphSchema schema)
    {
        var document = schema.SourceDocument();
        document.Definitions.RemoveAll(definition => definition switch
        {
            GraphQLDirectiveDefinition directive => CompositeDirectives.All.Contains(directive.Name.StringValue),
            GraphQLScalarTypeDefinition scalar => scalar.Name.StringValue is FieldSelectionSetGraphType.TypeName or FieldSelectionMapGraphType.TypeName,
            _ => false,
        });
        var lookups = EntityLookup.In(schema.Query).ToLookup(lookup => lookup.EntityType.Name, StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLTypeDefinition type and IHasFieldsDefinitionNode { Fields: { } fields })
                Rewrite(type, fields, lookups[type.Name.StringValue]);
        }
        document.Definitions.Insert(0, GraphQLParser.Parser.Parse(Link).Definitions[0]);
        return SubgraphSchema.Print(document);
    }

    private static void Rewrite(GraphQLTypeDefinition type, GraphQLFieldsDefinition fields, IEnumerable<EntityLookup> lookups)
    {
        var directed = (IHasDirectivesNode)type;
        if (Find(directed, CompositeDirectives.Internal) is not null)
            throw new NotSupportedException($"The @internal type {type.Name} has no Apollo Federation equivalent.");
        foreach (var key in directed.Directives?.Items.Where(d => d.Name.StringValue == CompositeDirectives.Key) ?? [])
        {
            var keyFields = KeyFields(StringArgument(key, "fields"));
            if (!lookups.Any(lookup => lookup.RequiredFields.All(keyFields.Contains)))
                key.Arguments!.Items.Add(new GraphQLArgument(new GraphQLName("resolvable"), new GraphQLFalseBooleanValue()));
        }

        fields.Items.RemoveAll(field => Find(field, CompositeDirectives.Internal) is not null);
        if (Find(directed, CompositeDirectives.Key) is not null && Find(directed, CompositeDirectives.Shareable) is null)
        {
            foreach (var field in fields.Items.Where(f => Find(f, CompositeDirectives.Shareable) is null && Find(f, CompositeDirectives.External) is null))
                Add(field, Directive(CompositeDirectives.Shareable));
        }
        var externals = new List<GraphQLFieldDefinition>();
        foreach (var field in fields.Items)
        {
            Remove(field, CompositeDirectives.Lookup);
            if (field.Arguments is not { } arguments) continue;
            foreach (var argument in arguments.Items) Remove(argument, CompositeDirectives.Is);
            var required = arguments.Items.Where(argument => Find(argument, CompositeDirectives.Require) is not null).ToList();
            if (required.Count == 0) continue;

            var names = new List<string>();
            foreach (var argument in required)
            {
                var name = StringArgument(Find(argument, CompositeDirectives.Require)!, "field");
                if (!KeyFields(name).SequenceEqual([name]))
                    throw new NotSupportedException($"@require(field: \"{name}\") on {type.Name}.{field.Name}({argument.Name}:) is not a field of {type.Name}: only such a field maps onto @requires here.");
                names.Add(name);
                if (fields.Items.Find(f => f.Name.StringValue == name) is { } own)
                {
                    if (Find(own, CompositeDirectives.External) is null)
                        throw new NotSupportedException($"{type.Name}.{field.Name} requires {name}, which this registry resolves itself.");
                }
                else if (externals.All(f => f.Name.StringValue != name))
                    externals.Add(new GraphQLFieldDefinition(new GraphQLName(name), argument.Type)
                    {
                        Description = argument.Description,
                        Directives = Directives(Directive(CompositeDirectives.External)),
                    });
            }
            arguments.Items.RemoveAll(required.Contains);
            if (arguments.Items.Count == 0) field.Arguments = null;
            Add(field, Directive("requires", ("fields", new GraphQLStringValue(string.Join(" ", names)))));
        }
        fields.Items.AddRange(externals);
    }

    /// <summary>The top-level fields of a field selection; a nested one (<c>a { b }</c>) matches no lookup's arguments.</summary>
    private static HashSet<string> KeyFields(string selection)
        => selection.IndexOfAny(['{', '}', '.', '(', '<', '|', '[', ':']) >= 0
            ? []
            : [.. selection.Split((char[])[' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)];

    private static GraphQLDirective? Find(IHasDirectivesNode node, string name)
        => node.Directives?.Items.Find(directive => directive.Name.StringValue == name);

    private static void Remove(IHasDirectivesNode node, string name)
    {
        node.Directives?.Items.RemoveAll(directive => directive.Name.StringValue == name);
        if (node.Directives?.Items.Count == 0) node.Directives = null;
    }

    private static void Add(IHasDirectivesNode node, GraphQLDirective directive)
    {
        if (node.Directives is null) node.Directives = Directives(directive);
        else node.Directives.Items.Add(directive);
    }

    private static string StringArgument(GraphQLDirective directive, string name)
        => ((GraphQLStringValue)directive.Arguments!.Items.Single(argument => argument.Name.StringValue == name).Value).Value.ToString();

    private static GraphQLDirectives Directives(params GraphQLDirective[] directives) => new([.. directives]);

    private static GraphQLDirective Directive(string name, params (string Name, GraphQLValue Value)[] arguments)
        => new(new GraphQLName(name))
        {
            Arguments = arguments.Length == 0 ? null : new GraphQLArguments([.. arguments.Select(a => new GraphQLArgument(new GraphQLName(a.Name), a.Value))]),
        };
}
