namespace FederatedGraph.Subgraphs.SampleData.Names;

/// <summary>An SBI activity together with the word a trade name uses for it ("Bakkerij").</summary>
internal sealed record Branche(string SbiCode, string SbiOmschrijving, string Noun);

/// <summary>
/// SBI-style activity codes and descriptions for sample businesses. Codes follow the SBI 2008
/// structure; descriptions are shortened and not meant as the authoritative table.
/// </summary>
internal static class Branches
{
    public static readonly Branche[] Commercial =
    [
        new("10711", "Ambachtelijke vervaardiging van brood en banket", "Bakkerij"),
        new("41200", "Algemene burgerlijke en utiliteitsbouw", "Bouwbedrijf"),
        new("43221", "Loodgieters- en fitterswerk; installatie van sanitair", "Installatietechniek"),
        new("43341", "Schilderen", "Schildersbedrijf"),
        new("47111", "Supermarkten", "Supermarkt"),
        new("47761", "Winkels in bloemen en planten", "Bloembinderij"),
        new("49410", "Goederenvervoer over de weg", "Transport"),
        new("56101", "Restaurants", "Restaurant"),
        new("56301", "Cafés", "Café"),
        new("62010", "Ontwikkelen, produceren en uitgeven van software", "Software"),
        new("69201", "Accountantskantoren", "Administratiekantoor"),
        new("70221", "Organisatieadviesbureaus", "Advies"),
        new("74101", "Communicatie- en grafisch ontwerp", "Ontwerpstudio"),
        new("85599", "Overig onderwijs", "Bijlesinstituut"),
        new("86211", "Huisartsenpraktijken", "Huisartsenpraktijk"),
        new("96021", "Haarverzorging", "Kapsalon"),
    ];

    public static readonly Branche NonProfit = new("94991", "Overige ideële organisaties", "Stichting");

    public static readonly Branche Sport = new("93120", "Sportclubs", "Sportvereniging");

    public static readonly Branche Woningcorporatie = new("68201", "Verhuur van woonruimte", "Woonstichting");

    public static readonly Branche Vastgoed = new("68203", "Verhuur van overige onroerende zaken", "Vastgoed");

    /// <summary>Fantasy words for names of legal entities ("Noorderlicht Advies B.V.").</summary>
    public static readonly string[] FantasyWords =
    [
        "Noorderlicht", "Zilverberg", "Kompas", "Horizon", "Eikenhof", "Windkracht", "Vlinder", "Ankerpunt",
        "Kruispunt", "Lindeboom", "Dageraad", "Morgenrood", "Sterrenwacht", "Waterlelie", "Korenbloem", "Regenboog",
        "Vuurtoren", "Duinzicht", "Polderkracht", "Hoeksteen",
    ];
}
