using FederatedGraph.Subgraphs.Toolkit.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Bag.GraphQL;

public sealed class BagSchema : SubgraphSchema
{
    public BagSchema(IServiceProvider services) : base(services)
    {
        Description = "BAG: Basisregistratie Adressen en Gebouwen.";
        Query = services.GetRequiredService<BagQueryType>();
    }
}
