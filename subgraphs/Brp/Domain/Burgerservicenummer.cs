namespace FederatedGraph.Subgraphs.Brp.Domain;

/// <summary>Validates a BSN: nine digits passing the 11-proef (weights 9..2 and -1).</summary>
public static class Burgerservicenummer
{
    public static bool IsValid(string? value)
    {
        if (value is not { Length: 9 } || !value.All(char.IsAsciiDigit)) return false;
        var sum = 0;
        for (var i = 0; i < 8; i++) sum += (9 - i) * (value[i] - '0');
        sum -= value[8] - '0';
        return sum != 0 && sum % 11 == 0;
    }
}
