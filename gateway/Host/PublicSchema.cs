using GraphQL.Types;
using GraphQLParser.AST;

namespace FederatedGraph.Gateway;

/// <summary>
/// The public schema (<c>gateway.graphqls</c>) as a GraphQL.NET schema without resolvers: it validates
/// operations, coerces variables and answers introspection, and knows nothing that clients may not see.
/// </summary>
public sealed class PublicSchema
{
    private PublicSchema(ISchema schema, IReadOnlyDictionary<string, IReadOnlySet<string>> enumValues)
    {
        Schema = schema;
        EnumValues = enumValues;
    }

    public ISchema Schema { get; }

    /// <summary>Each enum and the values clients may see.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> EnumValues { get; }

    public static PublicSchema Parse(string sdl)
    {
        var definitions = GraphQLParser.Parser.Parse(sdl).Definitions;
        var schema = GraphQL.Types.Schema.For(sdl, builder =>
        {
            // Abstract types are never resolved here (only __typename of the root is); GraphQL.NET just needs a function.
            foreach (var name in definitions.OfType<GraphQLUnionTypeDefinition>().Select(u => u.Name.StringValue)
                         .Concat(definitions.OfType<GraphQLInterfaceTypeDefinition>().Select(i => i.Name.StringValue)))
                builder.Types.For(name).ResolveType = _ => null!;
        });
        // Custom scalars belong to the subgraphs: without this GraphQL.NET would swap in its own
        // same-named scalars (DateOnly), which check and reformat values.
        foreach (var scalar in definitions.OfType<GraphQLScalarTypeDefinition>())
            schema.RegisterType(new PassThroughScalarGraphType(scalar.Name.StringValue, scalar.Description?.Value.ToString()));
        schema.Initialize();
        var enumValues = definitions.OfType<GraphQLEnumTypeDefinition>().ToDictionary(
            e => e.Name.StringValue,
            e => (IReadOnlySet<string>)(e.Values?.Items ?? []).Select(v => v.Name.StringValue).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        return new PublicSchema(schema, enumValues);
    }

    /// <summary>A custom scalar that accepts any value and passes it on unchanged.</summary>
    private sealed class PassThroughScalarGraphType : ComplexScalarGraphType
    {
        public PassThroughScalarGraphType(string name, string? description)
        {
            Name = name;
            Description = description;
        }
    }
}
