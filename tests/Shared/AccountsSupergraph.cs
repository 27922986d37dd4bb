namespace FederatedGraph.Tests.Shared;

/// <summary>
/// One Apollo subgraph whose union members have a same-named field of different types (<c>User.id: ID!</c>,
/// <c>Admin.id: ID</c>), which one subgraph document may not select under one name in sibling fragments.
/// </summary>
public static class AccountsSupergraph
{
    public const string Sdl = $$"""
        {{SupergraphPreamble.Join}}
        enum join__Graph { PEOPLE @join__graph(name: "people", url: "http://people.test/graphql") }
        type Query @join__type(graph: PEOPLE) { accounts: [Account!]! }
        union Account @join__type(graph: PEOPLE) @join__unionMember(graph: PEOPLE, member: "User") @join__unionMember(graph: PEOPLE, member: "Admin") = User | Admin
        type User @join__type(graph: PEOPLE) { id: ID! @join__field(graph: PEOPLE, type: "ID!") name: String }
        type Admin @join__type(graph: PEOPLE) { id: ID @join__field(graph: PEOPLE, type: "ID") name: String }
        """;
}
