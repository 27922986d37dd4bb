using FederatedGraph.Subgraphs.Toolkit.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Woz.GraphQL;

public sealed class WozSchema : SubgraphSchema
{
    public WozSchema(IServiceProvider services) : base(services)
    {
        Description = "WOZ: Waardering Onroerende Zaken.";
        Query = services.GetRequiredService<WozQueryType>();
    }
}
