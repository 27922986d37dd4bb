using System.Text.RegularExpressions;

namespace FederatedGraph.Subgraphs.Bag.Domain;

/// <summary>Dutch postcodes: four digits (not starting with 0) and two capitals, stored without a space.</summary>
public static partial class Postcode
{
    /// <summary>Upper-cases and removes whitespace, so "1234 ab" and "1234AB" find the same addresses.</summary>
    public static string Normalise(string value)
        => string.Concat(value.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>Whether an already normalised value is a postcode.</summary>
    public static bool IsValid(string value) => Pattern().IsMatch(value);

    [GeneratedRegex("^[1-9][0-9]{3}[A-Z]{2}$")]
    private static partial Regex Pattern();
}
