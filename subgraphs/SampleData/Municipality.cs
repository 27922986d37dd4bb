using FederatedGraph.Subgraphs.SampleData.Bag;
using FederatedGraph.Subgraphs.SampleData.Brk;
using FederatedGraph.Subgraphs.SampleData.Brp;
using FederatedGraph.Subgraphs.SampleData.Hr;
using FederatedGraph.Subgraphs.SampleData.Names;
using FederatedGraph.Subgraphs.SampleData.Planning;
using FederatedGraph.Subgraphs.SampleData.Woz;

namespace FederatedGraph.Subgraphs.SampleData;

/// <summary>
/// One consistent fictitious municipality across five registries. Each part is enumerated on
/// its own and lazily; cross references between parts are computed from indices, so a seeder
/// touching only <see cref="Brk"/> never generates the BRP or HR records it refers to.
/// Construction is cheap (one pass over household sizes); the type is immutable and thread-safe.
/// </summary>
public sealed class Municipality
{
    public Municipality()
        : this(new SampleDataOptions())
    {
    }

    public Municipality(SampleDataScale scale)
        : this(SampleDataOptions.For(scale))
    {
    }

    public Municipality(SampleDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        var plan = new MunicipalityPlan(options);
        Bag = new BagData(plan);
        Brp = new BrpData(plan);
        Hr = new HrData(plan);
        Woz = new WozData(plan);
        Brk = new BrkData(plan);
    }

    public SampleDataOptions Options { get; }

    /// <summary>Fictitious; no real municipality uses it.</summary>
    public string Gemeentecode => PlaceNames.Gemeentecode;

    public string Naam => PlaceNames.Gemeentenaam;

    /// <summary>The sample world's "today": ages, dates and WOZ years are relative to it.</summary>
    public DateOnly Peildatum => SampleCalendar.Peildatum;

    public BagData Bag { get; }
    public BrpData Brp { get; }
    public HrData Hr { get; }
    public WozData Woz { get; }
    public BrkData Brk { get; }
}
