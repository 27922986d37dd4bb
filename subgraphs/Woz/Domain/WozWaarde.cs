namespace FederatedGraph.Subgraphs.Woz.Domain;

/// <summary>One vastgestelde waarde of a WOZ object, at most one per waardepeildatum.</summary>
public sealed class WozWaarde
{
    public string Wozobjectnummer { get; set; } = "";

    /// <summary>1 January of the year before the belastingjaar the value is for.</summary>
    public DateOnly Waardepeildatum { get; set; }

    /// <summary>In whole euros.</summary>
    public int VastgesteldeWaarde { get; set; }
}
