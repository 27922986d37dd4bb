namespace FederatedGraph.Subgraphs.Hr.Domain;

/// <summary>
/// A maatschappelijke activiteit: a business as registered in the Handelsregister, keyed by its KvK-nummer.
/// Its owner is either a natural person, of whom HR keeps only the BSN (the BRP owns the person), or a
/// <see cref="NietNatuurlijkPersoon"/> registered in HR itself; exactly one of the two owner keys is set.
/// </summary>
public sealed class MaatschappelijkeActiviteit
{
    /// <summary>Eight digits.</summary>
    public string KvkNummer { get; set; } = "";

    public string Naam { get; set; } = "";

    /// <summary>E.g. "Eenmanszaak", "Besloten Vennootschap", "Stichting".</summary>
    public string Rechtsvorm { get; set; } = "";

    public DateOnly Startdatum { get; set; }

    /// <summary>The owner of an eenmanszaak: a key into the BRP.</summary>
    public string? EigenaarBurgerservicenummer { get; set; }

    /// <summary>The owning legal entity.</summary>
    public string? EigenaarRsin { get; set; }
}
