using GraphQL;
using GraphQL.Federation.Types;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;
using FederatedGraph.Subgraphs.Toolkit.Schema;

namespace FederatedGraph.Subgraphs.Toolkit.ApolloFederation;

/// <summary>
/// The Apollo Federation subgraph protocol on a registry's schema: <c>_service { sdl }</c> (the registry's schema as an
/// Apollo Federation 2 subgraph, <see cref="ApolloSubgraphSdl"/>) and <c>_entities(representations:)</c>, which resolves
/// entities through the registry's own lookups (<see cref="EntitiesResolver"/>). They serve Apollo gateways only: the
/// source schema our composer reads leaves them out (<see cref="RemoveFrom"/>).
/// </summary>
public static class ApolloSubgraphFields
{
    public const string Service = "_service";
    public const string Entities = "_entities";
    public const string Representations = "representations";
    private const string EntityUnion = "_Entity";
    private const string ServiceType = "_Service";
    private const string AnyScalar = "_Any";
    private const string ProtocolKey = "federatedgraph:apolloProtocol";

    /// <summary>Adds both fields to the registry's Query, before the schema creates its types. <c>_Entity</c> holds the
    /// types the registry's lookups return; without such a lookup there is no <c>_entities</c>, as the spec says.</summary>
    internal static void AddTo(IObjectGraphType query)
    {
        if (query.GetField(Service) is not null) return;
        query.AddField(Protocol(new FieldType
        {
            Name = Service,
            ResolvedType = new NonNullGraphType(new ServiceGraphType()),
            // The schema itself is the source: _Service.sdl prints it.
            Resolver = new FuncFieldResolver<object>(context => context.Schema),
        }));

        var entities = EntityLookup.In(query).Select(EntityGraphType).OfType<Type>().Distinct().ToList();
        if (entities.Count == 0) return;
        var union = new UnionGraphType { Name = EntityUnion };
        foreach (var entity in entities) union.Type(entity);
        query.AddField(Protocol(new FieldType
        {
            Name = Entities,
            ResolvedType = new NonNullGraphType(new ListGraphType(union)),
            Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(new ListGraphType(new NonNullGraphType(new AnyScalarGraphType()))))
            {
                Name = Representations,
            }),
            Resolver = new EntitiesResolver(),
        }));
    }

    /// <summary>A field of the protocol: judged by what it returns (the entities' fields), not as a field of its own.</summary>
    public static bool IsProtocolField(IFieldType field) => field.GetMetadata(ProtocolKey, false);

    /// <summary>Takes the protocol's fields and types out of an exported schema document.</summary>
    internal static void RemoveFrom(GraphQLDocument document, string queryTypeName)
    {
        document.Definitions.RemoveAll(definition => definition is GraphQLTypeDefinition type && type.Name.StringValue is EntityUnion or ServiceType or AnyScalar);
        foreach (var query in document.Definitions.OfType<GraphQLObjectTypeDefinition>().Where(type => type.Name.StringValue == queryTypeName))
            query.Fields?.Items.RemoveAll(field => field.Name.StringValue is Service or Entities);
    }

    private static FieldType Protocol(FieldType field) => field.WithMetadata(ProtocolKey, true);

    /// <summary>The CLR graph type of a lookup's entity, when it is an object type (union members must be).</summary>
    private static Type? EntityGraphType(EntityLookup lookup)
    {
        var type = lookup.Field.Type?.GetNamedType();
        return type is not null && typeof(IObjectGraphType).IsAssignableFrom(type) ? type : null;
    }

    /// <summary><c>type _Service { sdl: String! }</c>, resolved on the schema.</summary>
    private sealed class ServiceGraphType : ObjectGraphType<SubgraphSchema>
    {
        public ServiceGraphType()
        {
            Name = ServiceType;
            Field<NonNullGraphType<StringGraphType>>("sdl").Resolve(context => context.Source.ApolloSubgraphSdl).WithMetadata(ProtocolKey, true);
        }
    }
}
