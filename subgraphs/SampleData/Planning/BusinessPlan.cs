using FederatedGraph.Subgraphs.SampleData.Names;

namespace FederatedGraph.Subgraphs.SampleData.Planning;

/// <summary>
/// One business (maatschappelijke activiteit with one vestiging). An eenmanszaak has a
/// <see cref="ProprietorHousehold"/> whose head owns it; every other legal form has a
/// <see cref="StatutaireNaam"/> and an RSIN.
/// </summary>
internal sealed record BusinessPlan(
    int Index,
    string Rechtsvorm,
    string Naam,
    IReadOnlyList<string> Handelsnamen,
    DateOnly Startdatum,
    int? ProprietorHousehold,
    string? StatutaireNaam,
    Branche Hoofdactiviteit,
    IReadOnlyList<Branche> Nevenactiviteiten);
