namespace FederatedGraph.Subgraphs.SampleData.Brk;

/// <summary>
/// A perceel, or an appartementsrecht on one (then <see cref="Grootte"/> is null and the
/// aanduiding has an appartementsindex). The shares of its zakelijk gerechtigden add up to 1.
/// </summary>
public sealed record KadastraalOnroerendeZaak(
    string Identificatie,
    KadastraleAanduiding KadastraleAanduiding,
    int? Grootte,
    ValueList<ZakelijkGerechtigde> ZakelijkGerechtigden,
    ValueList<string> NummeraanduidingIdentificaties);

public sealed record KadastraleAanduiding(string KadastraleGemeente, string Sectie, int Perceelnummer, int? Appartementsindex);

/// <summary>Exactly one of <see cref="Burgerservicenummer"/> and <see cref="Rsin"/> is set.</summary>
public sealed record ZakelijkGerechtigde(Aandeel Aandeel, string SoortRecht, string? Burgerservicenummer, string? Rsin);

/// <summary>A share as a fraction; <see cref="ToString"/> gives the BRK notation "1/2".</summary>
public readonly record struct Aandeel(int Teller, int Noemer)
{
    public override string ToString() => $"{Teller}/{Noemer}";
}

public static class SoortenRecht
{
    public const string Eigendom = "eigendom";
}
