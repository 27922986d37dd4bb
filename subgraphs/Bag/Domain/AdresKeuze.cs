namespace FederatedGraph.Subgraphs.Bag.Domain;

/// <summary>
/// Picks the one nummeraanduiding meant by postcode, huisnummer and optionally huisletter and toevoeging,
/// among the addresses of that postcode. Letters and toevoegingen compare case-insensitively.
/// </summary>
public static class AdresKeuze
{
    /// <summary>
    /// An exact match, where an omitted huisletter or toevoeging means "none"; failing that, the only address
    /// with that huisnummer that fits what was given. Null when there is none or the choice stays ambiguous.
    /// </summary>
    public static Nummeraanduiding? Kies(IEnumerable<Nummeraanduiding> postcode, int huisnummer, string? huisletter, string? toevoeging)
    {
        var passend = postcode
            .Where(n => n.Huisnummer == huisnummer)
            .Where(n => huisletter is null || Gelijk(n.Huisletter, huisletter))
            .Where(n => toevoeging is null || Gelijk(n.Huisnummertoevoeging, toevoeging))
            .ToList();
        var exact = passend.Where(n => Gelijk(n.Huisletter, huisletter) && Gelijk(n.Huisnummertoevoeging, toevoeging)).ToList();
        return exact.Count == 1 ? exact[0]
            : passend.Count == 1 ? passend[0]
            : null;
    }

    private static bool Gelijk(string? opgeslagen, string? gevraagd)
        => string.Equals(Leeg(opgeslagen), Leeg(gevraagd), StringComparison.OrdinalIgnoreCase);

    private static string? Leeg(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
