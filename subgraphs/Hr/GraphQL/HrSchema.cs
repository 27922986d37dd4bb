using FederatedGraph.Subgraphs.Toolkit.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Hr.GraphQL;

public sealed class HrSchema : SubgraphSchema
{
    public HrSchema(IServiceProvider services) : base(services)
    {
        Description = "HR: Handelsregister van de Kamer van Koophandel.";
        Query = services.GetRequiredService<HrQueryType>();
    }
}
