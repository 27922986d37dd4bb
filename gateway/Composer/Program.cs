using FederatedGraph.Gateway.Composer;

using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
return await ComposeTool.RunAsync(args, new ComposeEnvironment(Console.Out, Console.Error, http, Directory.GetCurrentDirectory()));
