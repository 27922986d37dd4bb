using FederatedGraph.Subgraphs.Brk;
using FederatedGraph.Subgraphs.Toolkit.Hosting;

return await SubgraphHost.RunAsync(new BrkSubgraph(), args);
