namespace FederatedGraph.Gateway.Composer;

/// <summary>What the tool touches outside its arguments, passed in so tests can run it in-process.</summary>
public sealed record ComposeEnvironment(TextWriter Output, TextWriter Error, HttpClient Http, string WorkingDirectory);
