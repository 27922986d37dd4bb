namespace FederatedGraph.Subgraphs.SampleData.Planning;

internal enum VboUse
{
    Wonen,
    WonenEnWinkel,
    Winkel,
    Kantoor,
}

internal enum PandKind
{
    Woonhuis,
    Appartementengebouw,
    WinkelMetWoning,
    WinkelpandMetBovenwoning,
    Bedrijfspand,
}

/// <summary>One verblijfsobject in a template: its pand, address suffixes and use.</summary>
internal sealed record VboTemplate(int Pand, int HuisnummerOffset, string? Huisletter, string? Huisnummertoevoeging, VboUse Use);

/// <summary>
/// A street block of ten verblijfsobjecten. Every template has the same use per position
/// (0..6 dwelling, 7 shop with dwelling, 8..9 business) so the layout's arithmetic holds,
/// but groups them into panden differently.
/// </summary>
internal sealed record BlockTemplate(string Name, IReadOnlyList<PandKind> Panden, IReadOnlyList<VboTemplate> Vbos);

internal static class BlockTemplates
{
    /// <summary>Seven row houses, a corner shop with dwelling, an office building with two units.</summary>
    public static readonly BlockTemplate Rijwoningen = new(
        "Rijwoningen",
        [.. Enumerable.Repeat(PandKind.Woonhuis, 7), PandKind.WinkelMetWoning, PandKind.Bedrijfspand],
        [
            .. Enumerable.Range(0, 7).Select(i => new VboTemplate(i, 2 * i, null, null, VboUse.Wonen)),
            new(7, 14, null, null, VboUse.WonenEnWinkel),
            new(8, 16, null, null, VboUse.Kantoor),
            new(8, 16, "A", null, VboUse.Kantoor),
        ]);

    /// <summary>An apartment building (one huisnummer, toevoegingen 1..7), a shop with dwelling, a shop with an office above.</summary>
    public static readonly BlockTemplate Appartementen = new(
        "Appartementen",
        [PandKind.Appartementengebouw, PandKind.WinkelMetWoning, PandKind.Bedrijfspand],
        [
            .. Enumerable.Range(0, 7).Select(i => new VboTemplate(0, 0, null, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), VboUse.Wonen)),
            new(1, 2, null, null, VboUse.WonenEnWinkel),
            new(2, 4, null, null, VboUse.Winkel),
            new(2, 4, "A", null, VboUse.Kantoor),
        ]);

    /// <summary>Two shops with a flat above (huisletter A), a shop with dwelling and five houses.</summary>
    public static readonly BlockTemplate Winkelstraat = new(
        "Winkelstraat",
        [PandKind.WinkelpandMetBovenwoning, PandKind.WinkelpandMetBovenwoning, PandKind.WinkelMetWoning, .. Enumerable.Repeat(PandKind.Woonhuis, 5)],
        [
            new(0, 0, "A", null, VboUse.Wonen),
            new(1, 2, "A", null, VboUse.Wonen),
            .. Enumerable.Range(0, 5).Select(i => new VboTemplate(3 + i, 6 + 2 * i, null, null, VboUse.Wonen)),
            new(2, 4, null, null, VboUse.WonenEnWinkel),
            new(0, 0, null, null, VboUse.Winkel),
            new(1, 2, null, null, VboUse.Winkel),
        ]);

    public static BlockTemplate Pick(double roll) => roll switch
    {
        < 0.5 => Rijwoningen,
        < 0.8 => Appartementen,
        _ => Winkelstraat,
    };
}
