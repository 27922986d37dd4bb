namespace FederatedGraph.Subgraphs.Hr.Domain;

/// <summary>One SBI activity carried on at a vestiging; exactly one per vestiging is the main activity.</summary>
public sealed class SbiActiviteit
{
    public string Vestigingsnummer { get; set; } = "";
    public string SbiCode { get; set; } = "";
    public string SbiOmschrijving { get; set; } = "";
    public bool IndHoofdactiviteit { get; set; }
}
