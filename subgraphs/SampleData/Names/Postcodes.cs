namespace FederatedGraph.Subgraphs.SampleData.Names;

/// <summary>
/// Postcodes "1234AB". Letter pairs SA, SD and SS are never issued in the Netherlands, so they are
/// left out of the alphabet of pairs before any postcode is formed.
/// </summary>
internal static class Postcodes
{
    /// <summary>Letter pairs used per 4-digit area; each building block gets one postcode.</summary>
    public const int LetterPairsPerArea = 400;

    private static readonly string[] LetterPairs = BuildLetterPairs();

    public static string Format(int area, int letterPairIndex) =>
        string.Concat(area.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), LetterPairs[letterPairIndex]);

    private static string[] BuildLetterPairs()
    {
        string[] forbidden = ["SA", "SD", "SS"];
        var pairs = new List<string>(26 * 26);
        for (var first = 'A'; first <= 'Z'; first++)
        {
            for (var second = 'A'; second <= 'Z'; second++)
            {
                var pair = new string([first, second]);
                if (!forbidden.Contains(pair))
                {
                    pairs.Add(pair);
                }
            }
        }
        return [.. pairs];
    }
}
