namespace FederatedGraph.Subgraphs.Woz.Domain;

/// <summary>
/// Someone with an interest in a WOZ object: an eigenaar or gebruiker, identified by the key of the
/// registry that owns them, a BSN (BRP) or a KvK-nummer (HR). Exactly one of the two is set.
/// </summary>
public sealed class WozBelanghebbende
{
    public string Wozobjectnummer { get; set; } = "";

    /// <summary>Position within the object, so the belanghebbenden keep their registered order.</summary>
    public int Volgnummer { get; set; }

    /// <summary>"eigenaar" or "gebruiker".</summary>
    public string Soort { get; set; } = "";

    public string? Burgerservicenummer { get; set; }
    public string? KvkNummer { get; set; }
}
