namespace FederatedGraph.BananaCakePop;

/// <summary>
/// What a process's configuration adds to its IDE: <c>Document</c> and <c>Headers:&lt;name&gt;</c>, bound from
/// <c>Gateway:Ide</c> in the gateway and from <c>Ide</c> in a registry (e.g. <c>--Gateway:Ide:Headers:Authorization="Bearer ..."</c>).
/// </summary>
public sealed class BananaCakePopSettings
{
    public string? Document { get; set; }

    public Dictionary<string, string> Headers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public BananaCakePopOptions ToOptions(string title) => new(title) { Document = Document, Headers = Headers };
}
