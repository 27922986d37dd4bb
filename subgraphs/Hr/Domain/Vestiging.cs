namespace FederatedGraph.Subgraphs.Hr.Domain;

/// <summary>
/// A vestiging: a place where a maatschappelijke activiteit is carried on. Its bezoekadres is only the key
/// of a BAG nummeraanduiding; the BAG owns the address itself. Its SBI activities are <see cref="SbiActiviteit"/> rows.
/// </summary>
public sealed class Vestiging
{
    /// <summary>Twelve digits.</summary>
    public string Vestigingsnummer { get; set; } = "";

    /// <summary>The maatschappelijke activiteit the vestiging belongs to.</summary>
    public string KvkNummer { get; set; } = "";

    /// <summary>The trade names used at this vestiging; stored as a JSON column.</summary>
    public List<string> Handelsnamen { get; set; } = [];

    /// <summary>The BAG identificatie (16 digits) of the bezoekadres.</summary>
    public string BezoekadresIdentificatie { get; set; } = "";
}
