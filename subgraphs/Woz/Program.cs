using FederatedGraph.Subgraphs.Toolkit.Hosting;
using FederatedGraph.Subgraphs.Woz;

return await SubgraphHost.RunAsync(new WozSubgraph(), args);
