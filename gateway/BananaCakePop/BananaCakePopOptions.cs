namespace FederatedGraph.BananaCakePop;

/// <summary>How the IDE at one endpoint presents itself.</summary>
/// <param name="Title">Shown in the browser tab and the IDE, e.g. the registry's or the gateway's name.</param>
public sealed record BananaCakePopOptions(string Title);
