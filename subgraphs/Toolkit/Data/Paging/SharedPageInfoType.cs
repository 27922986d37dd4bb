using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL.Types.Relay;

namespace FederatedGraph.Subgraphs.Toolkit.Data;

/// <summary>
/// The Relay <c>PageInfo</c>, marked <c>@shareable</c>: every registry defines the same value type, and
/// composition only accepts a field that several source schemas resolve when each of them says so.
/// </summary>
public sealed class SharedPageInfoType : PageInfoType
{
    public SharedPageInfoType() => this.ShareableType();
}
