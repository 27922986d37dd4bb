using FederatedGraph.Subgraphs.Toolkit.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Brk.GraphQL;

public sealed class BrkSchema : SubgraphSchema
{
    public BrkSchema(IServiceProvider services) : base(services)
    {
        Description = "BRK: Basisregistratie Kadaster.";
        Query = services.GetRequiredService<BrkQueryType>();
    }
}
