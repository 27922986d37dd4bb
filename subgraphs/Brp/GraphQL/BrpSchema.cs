using FederatedGraph.Subgraphs.Toolkit.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Brp.GraphQL;

public sealed class BrpSchema : SubgraphSchema
{
    public BrpSchema(IServiceProvider services) : base(services)
    {
        Description = "BRP: Basisregistratie Personen.";
        Query = services.GetRequiredService<BrpQueryType>();
    }
}
