return await FederatedGraph.Gateway.GatewayHost.RunAsync(args);
