namespace FederatedGraph.Subgraphs.SampleData.Brp;

public enum Geslacht
{
    Man,
    Vrouw,
    Onbekend,
}

public static class GeslachtExtensions
{
    /// <summary>The BRP code: M, V or O.</summary>
    public static string ToCode(this Geslacht geslacht) => geslacht switch
    {
        Geslacht.Man => "M",
        Geslacht.Vrouw => "V",
        _ => "O",
    };
}

/// <summary>A person; relations are BSN lists and always consistent in both directions.</summary>
public sealed record Persoon(
    string Burgerservicenummer,
    Naam Naam,
    Geslacht Geslacht,
    Geboorte Geboorte,
    Overlijden? Overlijden,
    Verblijfplaats Verblijfplaats,
    ValueList<string> Partners,
    ValueList<string> Ouders,
    ValueList<string> Kinderen);

/// <summary>Voorvoegsel in lower case as the BRP stores it ("van der").</summary>
public sealed record Naam(string Voornamen, string? Voorvoegsel, string Geslachtsnaam);

public sealed record Geboorte(DateOnly Datum, string Plaats);

public sealed record Overlijden(DateOnly Datum);

/// <summary>
/// The BAG address the person lives at (or last lived at, when deceased);
/// adresseerbaarObjectIdentificatie is the verblijfsobject.
/// </summary>
public sealed record Verblijfplaats(
    string Straat,
    int Huisnummer,
    string? Huisletter,
    string? Huisnummertoevoeging,
    string Postcode,
    string Woonplaats,
    string NummeraanduidingIdentificatie,
    string AdresseerbaarObjectIdentificatie);
