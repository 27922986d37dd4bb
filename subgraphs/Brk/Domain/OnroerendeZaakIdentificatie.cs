using FederatedGraph.DutchIdentifiers;

namespace FederatedGraph.Subgraphs.Brk.Domain;

/// <summary>
/// The identificatie of a kadastraal onroerende zaak: 15 digits, the 4-digit gemeentecode, then 0 for a
/// perceel or 1 for an appartementsrecht, then a 10-digit volgnummer.
/// </summary>
public static class OnroerendeZaakIdentificatie
{
    public const int Lengte = 15;

    public static bool IsValid(string? value) => Digits.IsDigits(value, Lengte) && value[4] is '0' or '1';
}
