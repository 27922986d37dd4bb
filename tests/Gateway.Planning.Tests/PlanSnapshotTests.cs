using Snapshooter.Xunit;

namespace FederatedGraph.Gateway.Planning.Tests;

/// <summary>Plans of the committed configuration of the five registries, in their readable form.</summary>
public sealed class PlanSnapshotTests
{
    [Fact]
    public void A_single_registry_query_is_one_root_fetch()
        => Snapshot.Match(CommittedConfiguration.Plan("""
            { personen(first: 3, where: { naam: { geslachtsnaam: { startsWith: "V" } } }) { totalCount nodes { burgerservicenummer naam { volledigeNaam } } } }
            """).Text);

    [Fact]
    public void Persoon_with_ondernemingen_and_eigendommen_adds_parallel_entity_fetches_to_hr_and_brk()
        => Snapshot.Match(CommittedConfiguration.Plan("""
            query($bsn: String!) { persoon(burgerservicenummer: $bsn) { naam { volledigeNaam } ondernemingen { kvkNummer naam } eigendommen { identificatie grootte } } }
            """).Text);

    [Fact]
    public void A_requirement_is_fetched_from_bag_and_passed_to_woz()
        => Snapshot.Match(CommittedConfiguration.Plan("""
            { wozObject(wozObjectnummer: "999900000001") { waarden { vastgesteldeWaarde } verblijfsobject { wozWaardePerVierkanteMeter } } }
            """).Text);

    [Fact]
    public void Lookups_of_one_registry_and_plan_level_go_in_one_request_batch()
        => Snapshot.Match(CommittedConfiguration.Plan("""
            { nummeraanduiding(identificatie: "0001200000000001") { verblijfsobject { wozObject { wozObjectnummer } wozWaardePerVierkanteMeter } } }
            """).Text);

    [Fact]
    public void A_requirement_the_parent_fetch_resolves_is_selected_there()
        => Snapshot.Match(CommittedConfiguration.Plan("""
            { verblijfsobject(identificatie: "0001010000000001") { oppervlakte wozWaardePerVierkanteMeter } }
            """).Text);

    [Fact]
    public void Provided_address_lines_need_no_bag_fetch()
        => Snapshot.Match(CommittedConfiguration.Plan("""
            { persoon(burgerservicenummer: "1") { verblijfplaats { nummeraanduiding { postcode huisnummer } } } }
            """).Text);

    [Fact]
    public void A_field_outside_the_provides_needs_a_bag_fetch()
        => Snapshot.Match(CommittedConfiguration.Plan("""
            { persoon(burgerservicenummer: "1") { verblijfplaats { nummeraanduiding { postcode verblijfsobject { oppervlakte } } } } }
            """).Text);

    [Fact]
    public void The_eigenaar_union_gets_an_entity_fetch_per_member_type()
        => Snapshot.Match(CommittedConfiguration.Plan("""
            { maatschappelijkeActiviteit(kvkNummer: "12345678") { naam eigenaar {
                __typename
                ... on Persoon { naam { volledigeNaam } ondernemingen { naam } }
                ... on NietNatuurlijkPersoon { statutaireNaam eigendommen { identificatie } }
            } } }
            """).Text);

    [Fact]
    public void Entities_in_nested_lists_are_one_entity_fetch()
        => Snapshot.Match(CommittedConfiguration.Plan("""
            { personen(first: 5) { nodes { kinderen { naam { voornamen } ondernemingen { naam vestigingen { bezoekadres { postcode } } } } } } }
            """).Text);

    [Fact]
    public void Fragments_aliases_and_conditions_are_carried_into_the_subgraph_documents()
        => Snapshot.Match(CommittedConfiguration.Plan("""
            query Personen($first: Int = 5, $metBedrijven: Boolean!, $zonderNaam: Boolean!) {
              personen(first: $first) { nodes {
                bsn: burgerservicenummer
                ...Naam @skip(if: $zonderNaam)
                ... on Persoon @include(if: $metBedrijven) { bedrijven: ondernemingen { kvk: kvkNummer } }
              } }
            }
            fragment Naam on Persoon { naam { volledigeNaam } eigendommen { identificatie } }
            """, "Personen").Text);
}
