using FederatedGraph.Subgraphs.Hr;
using FederatedGraph.Subgraphs.Toolkit.Hosting;

return await SubgraphHost.RunAsync(new HrSubgraph(), args);
