using FederatedGraph.DutchIdentifiers;
namespace FederatedGraph.Subgraphs.Bag.Domain;

/// <summary>
/// The objecttypecode at positions 5-6 of a BAG identificatie (after the 4-digit gemeentecode,
/// before the 10-digit volgnummer).
/// </summary>
public enum BagObjecttype
{
    Verblijfsobject = 1,
    Pand = 10,
    Nummeraanduiding = 20,
    OpenbareRuimte = 30,
}

/// <summary>Validates BAG identificaties: 16 digits whose objecttypecode matches the object asked for.</summary>
public static class BagIdentificatie
{
    public static bool IsValid(string? value, BagObjecttype objecttype)
        => Digits.IsDigits(value, 16) && value.Substring(4, 2) == Code(objecttype);

    /// <summary>The two-digit code, e.g. "01" for a verblijfsobject.</summary>
    public static string Code(BagObjecttype objecttype) => ((int)objecttype).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A woonplaats is identified by its 4-digit woonplaatscode instead.</summary>
    public static bool IsValidWoonplaatscode(string? value) => Digits.IsDigits(value, 4);
}
