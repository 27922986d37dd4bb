namespace FederatedGraph.Subgraphs.SampleData.Names;

/// <summary>The fictitious municipality and its woonplaatsen, plus fictitious birthplaces elsewhere.</summary>
internal static class PlaceNames
{
    public const string Gemeentenaam = "Lindewaarde";

    /// <summary>No real Dutch municipality has code 9999.</summary>
    public const string Gemeentecode = "9999";

    /// <summary>Woonplaatsen with their share of the blocks; the first (largest) shares the municipality's name.</summary>
    public static readonly (string Naam, string Identificatie, double Share)[] Woonplaatsen =
    [
        ("Lindewaarde", "9901", 0.70),
        ("Elzenhoven", "9902", 0.12),
        ("Kortemeer", "9903", 0.10),
        ("Wilgendam", "9904", 0.08),
    ];

    public static readonly string[] Elsewhere =
    [
        "Brakelmonde", "Dorrewijk", "Elsenburcht", "Gravenhoeve", "Hesseloord", "Kempenveen",
        "Marlerveld", "Rietdamme", "Schoonwaarde", "Westerlinde", "Zandeloo", "Oudervaart",
    ];
}
