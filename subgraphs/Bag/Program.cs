using FederatedGraph.Subgraphs.Bag;
using FederatedGraph.Subgraphs.Toolkit.Hosting;

return await SubgraphHost.RunAsync(new BagSubgraph(), args);
