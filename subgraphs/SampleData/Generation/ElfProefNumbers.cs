using FederatedGraph.DutchIdentifiers;
namespace FederatedGraph.Subgraphs.SampleData.Generation;

/// <summary>
/// Turns a unique 7-digit stem into a unique 9-digit number that passes the BSN/RSIN 11-proef.
/// The 8th digit has weight 2, which is invertible mod 11, so its ten values give ten different
/// remainders: at most one of them would need a check digit of 10, hence every stem yields
/// a valid number and distinct stems yield distinct numbers.
/// </summary>
internal static class ElfProefNumbers
{
    public static string FromStem(int stem)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stem, 1_000_000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(stem, 9_999_999);

        Span<char> digits = stackalloc char[9];
        var partial = 0;
        var rest = stem;
        for (var i = 6; i >= 0; i--)
        {
            var digit = rest % 10;
            rest /= 10;
            digits[i] = (char)('0' + digit);
            partial += digit * (9 - i);
        }

        // Vary where the search starts so the 8th digit is not mostly 0.
        var start = stem * 7 % 10;
        for (var step = 0; step < 10; step++)
        {
            var eighth = (start + step) % 10;
            var weighted = partial + 2 * eighth;
            var check = weighted % 11;
            if (check <= 9 && weighted - check > 0)
            {
                digits[7] = (char)('0' + eighth);
                digits[8] = (char)('0' + check);
                return new string(digits);
            }
        }
        throw new InvalidOperationException($"No 11-proef number for stem {stem}.");
    }
}
