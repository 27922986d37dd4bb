namespace FederatedGraph.Subgraphs.SampleData.Hr;

/// <summary>An enterprise or legal entity's activity as registered in the Handelsregister.</summary>
public sealed record MaatschappelijkeActiviteit(string KvkNummer, string Naam, string Rechtsvorm, DateOnly Startdatum, Eigenaar Eigenaar);

/// <summary>Who owns a maatschappelijke activiteit: a natural person (eenmanszaak) or a legal entity.</summary>
public abstract record Eigenaar;

/// <summary>Owner of an eenmanszaak: an adult living person in the BRP part.</summary>
public sealed record NatuurlijkPersoon(string Burgerservicenummer) : Eigenaar;

public sealed record NietNatuurlijkPersoon(string Rsin, string StatutaireNaam) : Eigenaar;

/// <summary>A vestiging; its bezoekadres is a BAG nummeraanduiding of a business or mixed-use verblijfsobject.</summary>
public sealed record Vestiging(
    string Vestigingsnummer,
    string KvkNummer,
    ValueList<string> Handelsnamen,
    ValueList<SbiActiviteit> SbiActiviteiten,
    string BezoekadresNummeraanduidingIdentificatie);

/// <summary>Exactly one activity per vestiging has <see cref="IndHoofdactiviteit"/> set.</summary>
public sealed record SbiActiviteit(string SbiCode, string SbiOmschrijving, bool IndHoofdactiviteit);

public static class Rechtsvormen
{
    public const string Eenmanszaak = "Eenmanszaak";
    public const string BeslotenVennootschap = "Besloten Vennootschap";
    public const string Stichting = "Stichting";
    public const string Vereniging = "Vereniging";
}
