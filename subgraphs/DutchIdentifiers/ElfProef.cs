using System.Diagnostics.CodeAnalysis;

namespace FederatedGraph.DutchIdentifiers;

/// <summary>
/// The Dutch 11-proef for burgerservicenummers and RSINs. Both use the same variant:
/// weights 9,8,7,6,5,4,3,2 and -1 for the last digit (the -1 makes a mistyped 9-digit bank
/// account number fail); the weighted sum must be a non-zero multiple of 11.
/// </summary>
public static class ElfProef
{
    public static bool IsValidBsn([NotNullWhen(true)] string? value) => IsValid(value);

    /// <summary>An RSIN is issued from the same number range as the BSN and checked the same way.</summary>
    public static bool IsValidRsin([NotNullWhen(true)] string? value) => IsValid(value);

    private static bool IsValid([NotNullWhen(true)] string? value)
    {
        if (value is not { Length: 9 })
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var digit = value[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }
            sum += i == 8 ? -digit : digit * (9 - i);
        }
        return sum != 0 && sum % 11 == 0;
    }
}
