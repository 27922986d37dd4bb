namespace FederatedGraph.Subgraphs.SampleData.Planning;

/// <summary>
/// The fixed "today" of the sample world. Using the wall clock would make ages, WOZ years and
/// generated dates change from run to run.
/// </summary>
internal static class SampleCalendar
{
    public static readonly DateOnly Peildatum = new(2026, 1, 1);

    /// <summary>WOZ belastingjaren generated per object, oldest first.</summary>
    public const int FirstBelastingjaar = 2022;
    public const int LastBelastingjaar = 2026;
}
