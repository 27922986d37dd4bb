using FederatedGraph.Subgraphs.Brp;
using FederatedGraph.Subgraphs.Toolkit.Hosting;

return await SubgraphHost.RunAsync(new BrpSubgraph(), args);
