using FederatedGraph.DutchIdentifiers;
using System.Globalization;
using FederatedGraph.Subgraphs.SampleData.Generation;
using FederatedGraph.Subgraphs.SampleData.Names;

namespace FederatedGraph.Subgraphs.SampleData.Planning;

/// <summary>
/// Turns internal indices into registry identifiers. Every identifier is a pure function of an
/// index (unique index → unique identifier), which is what makes cross references arithmetic.
/// </summary>
internal sealed class Identifiers
{
    /// <summary>Persons get 11-proef stems 1,000,000..7,999,999; legal entities 8,000,000..8,999,999.
    /// BSN and RSIN share one number range, so the two blocks must not overlap.</summary>
    public const int PersonStemCount = 7_000_000;
    private const int FirstPersonStem = 1_000_000;
    private const int EntityStemCount = 1_000_000;
    private const int FirstEntityStem = 8_000_000;

    private const int FirstKvkNummer = 10_000_000;
    private const int KvkNummerCount = 90_000_000;

    private const string VerblijfsobjectType = "01";
    private const string PandType = "10";
    private const string NummeraanduidingType = "20";
    private const string OpenbareRuimteType = "30";

    private readonly AffinePermutation personStems;
    private readonly AffinePermutation entityStems;
    private readonly AffinePermutation kvkNummers;
    private readonly AffinePermutation vestigingsnummers;

    public Identifiers(int seed)
    {
        personStems = new AffinePermutation(PersonStemCount, seed, 10);
        entityStems = new AffinePermutation(EntityStemCount, seed, 11);
        kvkNummers = new AffinePermutation(KvkNummerCount, seed, 12);
        vestigingsnummers = new AffinePermutation(KvkNummerCount, seed, 13);
    }

    public string Bsn(int household, int slot) =>
        ElfProefNumbers.FromStem(FirstPersonStem + (int)personStems.Forward((long)household * MunicipalityLayout.SlotsPerHousehold + slot));

    public string Rsin(int business) => ElfProefNumbers.FromStem(FirstEntityStem + (int)entityStems.Forward(business));

    public string KvkNummer(int business) => (FirstKvkNummer + kvkNummers.Forward(business)).ToString(CultureInfo.InvariantCulture);

    /// <summary>12 digits with leading zeros, as the HR issues them.</summary>
    public string Vestigingsnummer(int business) =>
        (FirstKvkNummer + vestigingsnummers.Forward(business)).ToString("D12", CultureInfo.InvariantCulture);

    public static string Verblijfsobject(int vbo) => Bag(VerblijfsobjectType, vbo + 1L);

    /// <summary>Each verblijfsobject has exactly one (hoofd)adres, so they share the volgnummer.</summary>
    public static string Nummeraanduiding(int vbo) => Bag(NummeraanduidingType, vbo + 1L);

    public static string Pand(int block, int pand) => Bag(PandType, (long)block * MunicipalityLayout.VbosPerBlock + pand + 1);

    public static string OpenbareRuimte(int street) => Bag(OpenbareRuimteType, street + 1L);

    /// <summary>12 digits: gemeentecode + 8-digit volgnummer.</summary>
    public static string WozObjectnummer(int vbo) =>
        PlaceNames.Gemeentecode + (vbo + 1L).ToString("D8", CultureInfo.InvariantCulture);

    /// <summary>15 digits: gemeentecode, 0 for a perceel or 1 for an appartementsrecht, 10-digit volgnummer.</summary>
    public static string OnroerendeZaak(ParcelRef parcel)
    {
        var pandKey = (long)parcel.Block * MunicipalityLayout.VbosPerBlock + parcel.Pand;
        return parcel.Appartementsindex is { } index
            ? PlaceNames.Gemeentecode + "1" + (pandKey * 10 + index).ToString("D10", CultureInfo.InvariantCulture)
            : PlaceNames.Gemeentecode + "0" + (pandKey + 1).ToString("D10", CultureInfo.InvariantCulture);
    }

    /// <summary>BAG: gemeentecode (4) + objecttypecode (2) + volgnummer (10).</summary>
    private static string Bag(string typeCode, long volgnummer) =>
        PlaceNames.Gemeentecode + typeCode + volgnummer.ToString("D10", CultureInfo.InvariantCulture);
}
