using FederatedGraph.Subgraphs.SampleData.Generation;

namespace FederatedGraph.Subgraphs.SampleData.Names;

/// <summary>
/// Unique street names within a woonplaats, built as [modifier] base+suffix ("Oude Eikenlaan").
/// A street's name follows from its index alone, so no name registry is kept in memory.
/// </summary>
internal sealed class StreetNames
{
    private static readonly string[] Modifiers = ["", "Oude ", "Nieuwe ", "Korte ", "Lange ", "Kleine ", "Grote ", "Hoge ", "Lage ", "Achter "];

    private static readonly string[] Bases =
    [
        "Eiken", "Beuken", "Linden", "Berken", "Essen", "Iepen", "Wilgen", "Populieren", "Elzen", "Kastanje",
        "Acacia", "Platanen", "Lariks", "Dennen", "Sparren", "Hazelaar", "Meidoorn", "Vlier", "Taxus", "Hulst",
        "Esdoorn", "Haagbeuk", "Noten", "Kersen", "Appel", "Peren", "Pruimen", "Rozen", "Tulpen", "Narcissen",
        "Lelie", "Iris", "Krokus", "Hyacint", "Anjer", "Margriet", "Klaver", "Zonnebloem", "Violier", "Goudsbloem",
        "Dahlia", "Lavendel", "Heide", "Varen", "Riet", "Biezen", "Merel", "Lijster", "Spreeuwen", "Mussen",
        "Vinken", "Reiger", "Zwaluw", "Kievit", "Meeuwen", "Specht", "Uilen", "Valken", "Havik", "Zwanen",
        "Eenden", "Koekoek", "Wielewaal", "Roodborst", "Leeuwerik", "Kraanvogel", "Ooievaar", "Fuut", "Bakkers", "Smeden",
        "Molenaars", "Kuipers", "Schippers", "Vissers", "Timmer", "Wevers", "Brouwers", "Ververs", "Touwslagers", "Dijk",
        "Polder", "Kreek", "Weide", "Akker", "Beek", "Bos", "Duin", "Veen", "Hoeven", "Meer",
        "Vaart", "Haven", "Molen", "Kerk", "School", "Markt", "Sluis", "Brug", "Dorps", "Stations",
        "Zuider", "Noorder", "Ooster", "Wester", "Zomer", "Winter", "Lente", "Herfst", "Zilver", "Koper",
        "Tin", "Goud", "Parel", "Robijn", "Smaragd", "Saffier", "Kristal", "Kompas", "Anker", "Roer",
    ];

    private static readonly string[] Suffixes =
    [
        "straat", "laan", "weg", "plein", "hof", "singel", "gracht", "kade", "dreef", "pad", "erf", "steeg", "park", "ring",
    ];

    private static readonly int Combinations = Bases.Length * Suffixes.Length;

    public static int Capacity => Modifiers.Length * Combinations;

    private readonly AffinePermutation order;

    /// <param name="woonplaatsIndex">Each woonplaats shuffles the combinations differently.</param>
    public StreetNames(int seed, int woonplaatsIndex)
    {
        order = new AffinePermutation(Combinations, seed, 1_000 + woonplaatsIndex);
    }

    public string Name(int streetIndexInWoonplaats)
    {
        var modifier = Modifiers[streetIndexInWoonplaats / Combinations];
        var combination = (int)order.Forward(streetIndexInWoonplaats % Combinations);
        return modifier + Bases[combination / Suffixes.Length] + Suffixes[combination % Suffixes.Length];
    }
}
