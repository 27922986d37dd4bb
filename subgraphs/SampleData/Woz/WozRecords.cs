namespace FederatedGraph.Subgraphs.SampleData.Woz;

/// <summary>One WOZ object per verblijfsobject.</summary>
public sealed record WozObject(
    string WozObjectnummer,
    string VerblijfsobjectIdentificatie,
    ValueList<WozWaarde> Waarden,
    ValueList<string> KadastraleOnroerendeZaakIdentificaties,
    ValueList<WozBelanghebbende> Belanghebbenden);

/// <summary>The value for belastingjaar Y is determined at waardepeildatum 1 January Y-1.</summary>
public sealed record WozWaarde(int VastgesteldeWaarde, DateOnly Waardepeildatum);

/// <summary>Exactly one of <see cref="Burgerservicenummer"/> and <see cref="KvkNummer"/> is set.</summary>
public sealed record WozBelanghebbende(string Soort, string? Burgerservicenummer, string? KvkNummer);

public static class BelanghebbendeSoorten
{
    public const string Eigenaar = "eigenaar";
    public const string Gebruiker = "gebruiker";
}
