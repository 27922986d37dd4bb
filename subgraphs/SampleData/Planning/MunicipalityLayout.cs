using FederatedGraph.Subgraphs.SampleData.Generation;
using FederatedGraph.Subgraphs.SampleData.Names;

namespace FederatedGraph.Subgraphs.SampleData.Planning;

/// <summary>A woonplaats's contiguous share of blocks and streets.</summary>
internal sealed record WoonplaatsArea(
    int Index, string Naam, string Identificatie, int FirstBlock, int BlockCount, int FirstStreet, int StreetCount, StreetNames StreetNames);

/// <summary>
/// The municipality's shape as arithmetic: how many households, blocks, businesses, and which
/// index lives where. Everything in here is O(1) per question (after a one-off O(households)
/// size scan), so any registry can resolve a cross reference without enumerating another.
///
/// The built environment is a row of blocks of ten verblijfsobjecten each: positions 0..6 are
/// dwellings, 7 is a shop with a dwelling (mixed), 8..9 are business units. Households occupy
/// dwellings (0..7) and businesses occupy business-capable units (7..9), each through a seeded
/// permutation so that some units stay vacant and occupation is spread across the municipality.
/// </summary>
internal sealed class MunicipalityLayout
{
    public const int VbosPerBlock = 10;
    public const int DwellingsPerBlock = 8;        // positions 0..7
    public const int BusinessUnitsPerBlock = 3;    // positions 7..9
    public const int FirstBusinessPosition = 7;
    public const int BlocksPerStreet = 6;
    public const int HuisnummersPerBlock = 20;
    public const int BlocksPerSectie = 200;

    /// <summary>BSN slots reserved per household (2 adults + 3 children), used or not.</summary>
    public const int SlotsPerHousehold = 5;

    private const double DwellingOccupancy = 0.97;
    private const double BusinessUnitOccupancy = 0.75;
    private const int PersonsPerBusiness = 10;
    private const int BusinessesPerLandlord = 50;
    private const int FirstPostcodeArea = 5000;
    private const int PostcodeAreasPerWoonplaats = 250;

    private readonly AffinePermutation householdDwellings;
    private readonly AffinePermutation businessUnits;
    private readonly AffinePermutation soleProprietors;

    public MunicipalityLayout(SampleDataOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Persons, 1, nameof(options.Persons));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Persons, SampleDataOptions.MaxPersons, nameof(options.Persons));

        Seed = options.Seed;
        Persons = options.Persons;
        (HouseholdCount, LastHouseholdSize) = CountHouseholds(Seed, Persons);

        BusinessCount = Math.Max(1, Persons / PersonsPerBusiness);
        LandlordCount = Math.Max(1, BusinessCount / BusinessesPerLandlord);
        BlockCount = Math.Max(1, Math.Max(
            (int)Math.Ceiling(HouseholdCount / (DwellingsPerBlock * DwellingOccupancy)),
            (int)Math.Ceiling(BusinessCount / (BusinessUnitsPerBlock * BusinessUnitOccupancy))));

        Woonplaatsen = DivideIntoWoonplaatsen(Seed, BlockCount);
        StreetCount = Woonplaatsen.Sum(w => w.StreetCount);

        householdDwellings = new AffinePermutation((long)BlockCount * DwellingsPerBlock, Seed, 1);
        businessUnits = new AffinePermutation((long)BlockCount * BusinessUnitsPerBlock, Seed, 2);
        soleProprietors = new AffinePermutation(HouseholdCount, Seed, 3);
    }

    public int Seed { get; }
    public int Persons { get; }
    public int HouseholdCount { get; }

    /// <summary>The last household is cut to this size so the person count is exact.</summary>
    public int LastHouseholdSize { get; }

    public int BusinessCount { get; }

    /// <summary>Businesses 0..LandlordCount-1 are landlords (housing corporations, property companies).</summary>
    public int LandlordCount { get; }

    public int BlockCount { get; }
    public int VboCount => BlockCount * VbosPerBlock;
    public int StreetCount { get; }
    public IReadOnlyList<WoonplaatsArea> Woonplaatsen { get; }

    public int VboOfHousehold(int household)
    {
        var dwelling = householdDwellings.Forward(household);
        return (int)(dwelling / DwellingsPerBlock * VbosPerBlock + dwelling % DwellingsPerBlock);
    }

    public int? HouseholdAt(int vbo)
    {
        var position = vbo % VbosPerBlock;
        if (position >= DwellingsPerBlock)
        {
            return null;
        }
        var household = householdDwellings.Inverse((long)vbo / VbosPerBlock * DwellingsPerBlock + position);
        return household < HouseholdCount ? (int)household : null;
    }

    public int VboOfBusiness(int business)
    {
        var unit = businessUnits.Forward(business);
        return (int)(unit / BusinessUnitsPerBlock * VbosPerBlock + FirstBusinessPosition + unit % BusinessUnitsPerBlock);
    }

    public int? BusinessAt(int vbo)
    {
        var position = vbo % VbosPerBlock;
        if (position < FirstBusinessPosition)
        {
            return null;
        }
        var business = businessUnits.Inverse((long)vbo / VbosPerBlock * BusinessUnitsPerBlock + position - FirstBusinessPosition);
        return business < BusinessCount ? (int)business : null;
    }

    /// <summary>Distinct households for distinct businesses (a bijection), so nobody owns two eenmanszaken.</summary>
    public int SoleProprietorHousehold(int business) => (int)soleProprietors.Forward(business);

    public WoonplaatsArea WoonplaatsOfBlock(int block)
    {
        foreach (var woonplaats in Woonplaatsen)
        {
            if (block < woonplaats.FirstBlock + woonplaats.BlockCount)
            {
                return woonplaats;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(block));
    }

    /// <summary>Each block has its own postcode: a 4-digit area per woonplaats range plus a letter pair.</summary>
    public string PostcodeOfBlock(int block)
    {
        var woonplaats = WoonplaatsOfBlock(block);
        var local = block - woonplaats.FirstBlock;
        var area = FirstPostcodeArea + woonplaats.Index * PostcodeAreasPerWoonplaats + local / Postcodes.LetterPairsPerArea;
        return Postcodes.Format(area, local % Postcodes.LetterPairsPerArea);
    }

    private static (int Households, int LastSize) CountHouseholds(int seed, int persons)
    {
        // Cheap: only the composition draws of each household, no names or dates.
        var total = 0;
        var households = 0;
        var size = 0;
        while (total < persons)
        {
            size = HouseholdComposition.Draw(new DeterministicRandom(seed, RandomStream.Household, households)).Size;
            total += size;
            households++;
        }
        var lastSize = size - (total - persons);
        if ((long)households * SlotsPerHousehold > Identifiers.PersonStemCount)
        {
            throw new ArgumentOutOfRangeException(nameof(persons), "Too many households for the BSN range.");
        }
        return (households, lastSize);
    }

    private static WoonplaatsArea[] DivideIntoWoonplaatsen(int seed, int blockCount)
    {
        var definitions = PlaceNames.Woonplaatsen;
        var blocks = new int[definitions.Length];
        for (var i = 1; i < definitions.Length; i++)
        {
            blocks[i] = (int)(blockCount * definitions[i].Share);
        }
        blocks[0] = blockCount - blocks.Skip(1).Sum();

        var areas = new WoonplaatsArea[definitions.Length];
        int firstBlock = 0, firstStreet = 0;
        for (var i = 0; i < definitions.Length; i++)
        {
            var streets = (blocks[i] + BlocksPerStreet - 1) / BlocksPerStreet;
            if (streets > StreetNames.Capacity || blocks[i] > PostcodeAreasPerWoonplaats * Postcodes.LetterPairsPerArea)
            {
                throw new InvalidOperationException($"Woonplaats {definitions[i].Naam} is too large for its names or postcodes.");
            }
            areas[i] = new WoonplaatsArea(
                i, definitions[i].Naam, definitions[i].Identificatie, firstBlock, blocks[i], firstStreet, streets, new StreetNames(seed, i));
            firstBlock += blocks[i];
            firstStreet += streets;
        }
        return areas;
    }
}
