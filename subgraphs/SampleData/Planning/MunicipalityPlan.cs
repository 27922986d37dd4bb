namespace FederatedGraph.Subgraphs.SampleData.Planning;

/// <summary>The shared, stateless planners every registry part draws from.</summary>
internal sealed class MunicipalityPlan
{
    public MunicipalityPlan(SampleDataOptions options)
    {
        Layout = new MunicipalityLayout(options);
        Identifiers = new Identifiers(options.Seed);
        Households = new HouseholdPlanner(Layout);
        Blocks = new BlockPlanner(Layout);
        Addresses = new AddressPlanner(Layout);
        Parcels = new ParcelPlanner(Layout, Households, Identifiers);
        Businesses = new BusinessPlanner(Layout, Households);
    }

    public MunicipalityLayout Layout { get; }
    public Identifiers Identifiers { get; }
    public HouseholdPlanner Households { get; }
    public BlockPlanner Blocks { get; }
    public AddressPlanner Addresses { get; }
    public ParcelPlanner Parcels { get; }
    public BusinessPlanner Businesses { get; }

    /// <summary>Blocks in order, planned one at a time so only one is ever in memory.</summary>
    public IEnumerable<BlockPlan> AllBlocks()
    {
        for (var block = 0; block < Layout.BlockCount; block++)
        {
            yield return Blocks.Plan(block);
        }
    }
}
