using System.Diagnostics.CodeAnalysis;

namespace FederatedGraph.DutchIdentifiers;

/// <summary>Fixed-length numeric identifiers: KvK-nummer (8), vestigingsnummer and WOZ-objectnummer (12), BAG (16).</summary>
public static class Digits
{
    public static bool IsDigits([NotNullWhen(true)] string? value, int length)
        => value is not null && value.Length == length && value.All(char.IsAsciiDigit);
}
