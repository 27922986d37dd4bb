namespace FederatedGraph.Tests.Shared;

/// <summary>
/// One Apollo subgraph whose union members have a same-named field of different types (<c>User.id: ID!</c>,
/// <c>Admin.id: ID</c>), which one subgraph document may not select under one name in sibling fragments.
/// </summary>
public static class AccountsSupergraph
{
    public const string Sdl = """
        schema @link(url: "https://specs.apollo.dev/link/v1.0") @link(url: "https://specs.apollo.dev/join/v0.3", for: EXECUTION) { query: Query }
        directive @join__field(graph: join__Graph, requires: join__FieldSet, provides: join__FieldSet, type: String, external: Boolean, override: String, usedOverridden: Boolean) repeatable on FIELD_DEFINITION | INPUT_FIELD_DEFINITION
        directive @join__type(graph: join__Graph!, key: join__FieldSet, extension: Boolean! = false, resolvable: Boolean! = true, isInterfaceObject: Boolean! = false) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR
        directive @join__unionMember(graph: join__Graph!, member: String!) repeatable on UNION
        scalar join__FieldSet
        enum join__Graph { PEOPLE @join__graph(name: "people", url: "http://people.test/graphql") }
        type Query @join__type(graph: PEOPLE) { accounts: [Account!]! }
        union Account @join__type(graph: PEOPLE) @join__unionMember(graph: PEOPLE, member: "User") @join__unionMember(graph: PEOPLE, member: "Admin") = User | Admin
        type User @join__type(graph: PEOPLE) { id: ID! @join__field(graph: PEOPLE, type: "ID!") name: String }
        type Admin @join__type(graph: PEOPLE) { id: ID @join__field(graph: PEOPLE, type: "ID") name: String }
        """;
}
