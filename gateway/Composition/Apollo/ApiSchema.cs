using GraphQLParser.AST;
using GraphQLParser.Visitors;
using static FederatedGraph.Composition.Apollo.SupergraphReader;

namespace FederatedGraph.Composition.Apollo;

/// <summary>
/// The supergraph's API schema, what clients see: no schema definition, directive definitions, join or link types,
/// no directives but <c>@deprecated</c> and <c>@specifiedBy</c>, and nothing <c>@inaccessible</c> (types, fields,
/// arguments, enum values, input fields, union members, implemented interfaces).
/// </summary>
internal static class ApiSchema
{
    private static readonly HashSet<string> KeptDirectives = ["deprecated", "specifiedBy"];

    public static string Print(GraphQLDocument supergraph)
    {
        var hidden = supergraph.Definitions.OfType<GraphQLTypeDefinition>()
            .Where(t => t is not GraphQLDirectiveDefinition)
            .Where(t => IsMachinery(t.Name.StringValue) || Has(DirectivesOf(t), "inaccessible"))
            .Select(t => t.Name.StringValue)
            .ToHashSet(StringComparer.Ordinal);
        var kept = new List<ASTNode>();
        foreach (var definition in supergraph.Definitions)
        {
            if (definition is not GraphQLTypeDefinition type || type is GraphQLDirectiveDefinition || hidden.Contains(type.Name.StringValue)) continue;
            Clean(type, hidden);
            kept.Add(type);
        }
        return new SDLPrinter().Print(new GraphQLDocument(kept));
    }

    private static void Clean(GraphQLTypeDefinition type, HashSet<string> hidden)
    {
        ((IHasDirectivesNode)type).Directives = Kept(DirectivesOf(type));
        switch (type)
        {
            case GraphQLObjectTypeDefinition o:
                o.Interfaces = Implements(o.Interfaces, hidden);
                o.Fields = Fields(o.Fields);
                break;
            case GraphQLInterfaceTypeDefinition i:
                i.Interfaces = Implements(i.Interfaces, hidden);
                i.Fields = Fields(i.Fields);
                break;
            case GraphQLUnionTypeDefinition u when u.Types is not null:
                u.Types.Items = u.Types.Items.Where(t => !hidden.Contains(t.Name.StringValue)).ToList();
                break;
            case GraphQLEnumTypeDefinition e when e.Values is not null:
                e.Values.Items = e.Values.Items.Where(v => !Has(v.Directives, "inaccessible")).ToList();
                foreach (var value in e.Values.Items) value.Directives = Kept(value.Directives);
                break;
            case GraphQLInputObjectTypeDefinition input when input.Fields is not null:
                input.Fields.Items = InputValues(input.Fields.Items);
                break;
        }
    }

    private static GraphQLImplementsInterfaces? Implements(GraphQLImplementsInterfaces? interfaces, HashSet<string> hidden)
    {
        if (interfaces is null) return null;
        interfaces.Items = interfaces.Items.Where(i => !hidden.Contains(i.Name.StringValue)).ToList();
        return interfaces.Items.Count > 0 ? interfaces : null;
    }

    private static GraphQLFieldsDefinition? Fields(GraphQLFieldsDefinition? fields)
    {
        if (fields is null) return null;
        fields.Items = fields.Items.Where(f => !Has(f.Directives, "inaccessible")).ToList();
        foreach (var field in fields.Items)
        {
            field.Directives = Kept(field.Directives);
            if (field.Arguments is null) continue;
            field.Arguments.Items = InputValues(field.Arguments.Items);
            if (field.Arguments.Items.Count == 0) field.Arguments = null;
        }
        return fields;
    }

    private static List<GraphQLInputValueDefinition> InputValues(List<GraphQLInputValueDefinition> values)
    {
        var kept = values.Where(v => !Has(v.Directives, "inaccessible")).ToList();
        foreach (var value in kept) value.Directives = Kept(value.Directives);
        return kept;
    }

    private static GraphQLDirectives? Kept(GraphQLDirectives? directives)
    {
        if (directives is null) return null;
        directives.Items = directives.Items.Where(d => KeptDirectives.Contains(d.Name.StringValue)).ToList();
        return directives.Items.Count > 0 ? directives : null;
    }
}
