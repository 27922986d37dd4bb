using FederatedGraph.Subgraphs.Bag.Domain;

namespace FederatedGraph.Subgraphs.Bag.Tests;

public sealed class BagIdentificatieTests
{
    [Theory]
    [InlineData("9999200000000001", BagObjecttype.Nummeraanduiding)]
    [InlineData("0363010000000001", BagObjecttype.Verblijfsobject)]
    [InlineData("0363100012345678", BagObjecttype.Pand)]
    [InlineData("0363300000000123", BagObjecttype.OpenbareRuimte)]
    public void Sixteen_digits_with_the_right_objecttypecode_are_valid(string identificatie, BagObjecttype objecttype)
        => Assert.True(BagIdentificatie.IsValid(identificatie, objecttype));

    [Theory]
    [InlineData("9999010000000001")] // a verblijfsobject, not a nummeraanduiding
    [InlineData("999920000000001")] // 15 digits
    [InlineData("99992000000000011")] // 17 digits
    [InlineData("99992000000000A1")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_nummeraanduiding(string? identificatie)
        => Assert.False(BagIdentificatie.IsValid(identificatie, BagObjecttype.Nummeraanduiding));

    [Theory]
    [InlineData("9901", true)]
    [InlineData("990", false)]
    [InlineData("99A1", false)]
    public void A_woonplaatscode_has_four_digits(string code, bool valid)
        => Assert.Equal(valid, BagIdentificatie.IsValidWoonplaatscode(code));
}

public sealed class PostcodeTests
{
    [Theory]
    [InlineData("1234AB", "1234AB")]
    [InlineData("1234 ab", "1234AB")]
    [InlineData(" 1234\tAb ", "1234AB")]
    public void Normalising_removes_spaces_and_upper_cases(string given, string expected)
        => Assert.Equal(expected, Postcode.Normalise(given));

    [Theory]
    [InlineData("1234AB", true)]
    [InlineData("0123AB", false)]
    [InlineData("123AB", false)]
    [InlineData("1234A", false)]
    [InlineData("1234ABC", false)]
    [InlineData("12345A", false)]
    public void A_postcode_is_four_digits_not_starting_with_zero_and_two_capitals(string normalised, bool valid)
        => Assert.Equal(valid, Postcode.IsValid(normalised));
}

public sealed class AdresKeuzeTests
{
    private static readonly Nummeraanduiding[] Postcode =
    [
        Adres("1", 10, null, null),
        Adres("2", 10, "A", null),
        Adres("3", 10, "B", "2"),
        Adres("4", 12, null, "1"),
        Adres("5", 12, null, "2"),
        Adres("6", 14, "A", null),
    ];

    [Theory]
    [InlineData(10, null, null, "1")] // ambiguous without letter: the address without one
    [InlineData(10, "A", null, "2")]
    [InlineData(10, "a", null, "2")] // letters compare case-insensitively
    [InlineData(10, "B", "2", "3")]
    [InlineData(10, null, "2", "3")] // only one address with toevoeging 2 at number 10
    [InlineData(12, null, "2", "5")]
    [InlineData(12, null, null, null)] // two toevoegingen and no plain address: ambiguous
    [InlineData(14, null, null, "6")] // the only address with that number
    [InlineData(14, "B", null, null)]
    [InlineData(16, null, null, null)]
    public void Picks_the_address_meant(int huisnummer, string? huisletter, string? toevoeging, string? expected)
        => Assert.Equal(expected, AdresKeuze.Kies(Postcode, huisnummer, huisletter, toevoeging)?.Identificatie);

    private static Nummeraanduiding Adres(string id, int huisnummer, string? huisletter, string? toevoeging)
        => new() { Identificatie = id, Postcode = "1234AB", Huisnummer = huisnummer, Huisletter = huisletter, Huisnummertoevoeging = toevoeging };
}
