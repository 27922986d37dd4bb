using GraphQLParser.AST;

namespace FederatedGraph.Gateway.Planning.Plans;

/// <summary>
/// How one client operation is answered: a graph of <see cref="Fetch"/>es against the source schemas, in an
/// order where every fetch comes after the fetches it depends on, plus the client operation itself, which the
/// executor needs to shape the response.
/// </summary>
public sealed class OperationPlan
{
    internal OperationPlan(
        GraphQLOperationDefinition operation,
        IReadOnlyDictionary<string, GraphQLFragmentDefinition> fragments,
        string rootTypeName,
        IReadOnlyList<Fetch> fetches,
        bool hasConditionalDirectives)
    {
        Operation = operation;
        Fragments = fragments;
        RootTypeName = rootTypeName;
        Fetches = fetches;
        HasConditionalDirectives = hasConditionalDirectives;
        Text = OperationPlanText.Write(this);
    }

    public GraphQLOperationDefinition Operation { get; }

    /// <summary>The document's fragment definitions by name.</summary>
    public IReadOnlyDictionary<string, GraphQLFragmentDefinition> Fragments { get; }

    /// <summary><c>Query</c> or <c>Mutation</c>.</summary>
    public string RootTypeName { get; }

    /// <summary>Each fetch after the fetches it depends on; <see cref="Fetch.Id"/> is its position plus one.</summary>
    public IReadOnlyList<Fetch> Fetches { get; }

    /// <summary>The operation uses <c>@skip</c> or <c>@include</c>, so its response shape depends on the variables.</summary>
    public bool HasConditionalDirectives { get; }

    /// <summary>The readable form: one block per fetch (for <c>extensions.plan</c> and snapshot tests).</summary>
    public string Text { get; }

    public override string ToString() => Text;
}
