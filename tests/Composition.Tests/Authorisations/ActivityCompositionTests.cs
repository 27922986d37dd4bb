using FederatedGraph.Composition.Authorisations;
using FederatedGraph.Composition.SourceSchemas;

namespace FederatedGraph.Composition.Tests.Authorisations;

/// <summary>The registries' authorisations are resolved against their own source schemas and gathered per activity.</summary>
public sealed class ActivityCompositionTests
{
    private const string Brp = """
        type Query { persoon(burgerservicenummer: String!): Persoon @lookup }
        type Persoon @key(fields: "burgerservicenummer") { burgerservicenummer: String! naam: Naam geboorte: Geboorte }
        type Naam { voornamen: String geslachtsnaam: String }
        type Geboorte { datum: String plaats: String }
        """;

    private const string Hr = """
        type Query { persoon(burgerservicenummer: String!): Persoon @lookup @internal }
        type Persoon @key(fields: "burgerservicenummer") { burgerservicenummer: String! ondernemingen: [String!]! }
        """;

    private static string File(string activity, string version, string fields, string parameters = "") => $$"""
        {
          "processingActivities": [
            {
              "id": "{{activity}}",
              "version": "{{version}}",
              "name": "Verhuizing",
              "clients": [ { "organisation": "00000001999999999000", "application": "balie" } ],
              "fields": [ {{fields}} ],
              "parameters": [ {{parameters}} ]
            }
          ]
        }
        """;

    private static CompositionResult Compose(params (string Name, string Sdl, string? Authorisations)[] sources)
        => Composer.Compose([.. sources.Select(s => SourceSchema.FromSdl(s.Name, s.Sdl) with { Authorisations = s.Authorisations })]);

    [Fact]
    public void Paths_and_wildcards_are_written_out_as_the_coordinates_of_their_own_source_schema()
    {
        var result = Compose(
            ("brp", Brp, File("urn:verhuizing", "1", "\"Persoon.geboorte.datum\", \"Naam.*\"", "\"Query.persoon(burgerservicenummer:)\"")),
            ("hr", Hr, File("urn:verhuizing", "1", "\"Persoon.ondernemingen\"")));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var activity = Assert.Single(result.Schema!.ProcessingActivities);
        Assert.Equal(["brp", "hr"], activity.Grants.Select(g => g.Schema));
        Assert.Equal(["Geboorte.datum", "Naam.geslachtsnaam", "Naam.voornamen", "Persoon.geboorte"], activity.Grants[0].Fields);
        Assert.Equal(["Query.persoon(burgerservicenummer:)"], activity.Grants[0].Parameters);
        Assert.Equal(["Persoon.ondernemingen"], activity.Grants[1].Fields);
    }

    [Theory]
    [InlineData("\"Persoon.partners\"", "Persoon.partners", 8, 19)]
    [InlineData("\"Persoon.naam.roepnaam\"", "Naam.roepnaam", 8, 19)]
    [InlineData("\"Adres.*\"", "the type Adres", 8, 19)]
    [InlineData("\"naam\"", "not a schema coordinate", 8, 19)]
    public void A_grant_that_names_what_the_source_schema_lacks_is_an_error_with_its_place_in_the_file(string fields, string said, int line, int column)
    {
        var result = Compose(("brp", Brp, File("urn:verhuizing", "1", fields)));

        var error = Assert.Single(result.Errors);
        Assert.Equal(ActivityComposition.UnknownCoordinate, error.Code);
        Assert.Equal("brp/authorisations.json", error.Schema);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        Assert.Contains(said, error.Message);
    }

    [Fact]
    public void An_argument_the_field_does_not_take_is_an_error()
    {
        var result = Compose(("brp", Brp, File("urn:verhuizing", "1", "", "\"Query.persoon(geboortedatum:)\"")));

        Assert.Contains("geboortedatum", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Two_registries_that_describe_one_activity_differently_do_not_compose()
    {
        var result = Compose(
            ("brp", Brp, File("urn:verhuizing", "1", "\"Persoon.naam\"")),
            ("hr", Hr, File("urn:verhuizing", "2", "\"Persoon.ondernemingen\"")));

        var error = Assert.Single(result.Errors);
        Assert.Equal(ActivityComposition.ActivityMismatch, error.Code);
        Assert.Equal("hr/authorisations.json", error.Schema);
    }

    [Fact]
    public void A_malformed_file_is_an_error_that_says_why()
    {
        var result = Compose(("brp", Brp, """{ "processingActivities": [ { "id": "urn:x" } ] }"""));

        var error = Assert.Single(result.Errors);
        Assert.Equal(ActivityComposition.InvalidFile, error.Code);
    }
}

/// <summary>Every change to who may see what in the sample municipality shows up in review.</summary>
public sealed class RegistryAuthorisationsTests
{
    [Fact]
    public void The_composed_authorisations_match_their_snapshot()
    {
        var sources = SourceSchemaDirectory.Read(Output.ComposedRegistries.SchemaDirectory);
        var result = Composer.Compose(sources);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Snapshooter.Xunit.Snapshot.Match(FederatedGraph.Composition.Output.ActivityReport.Print(result.Schema!.ProcessingActivities), "Composed_authorisations");
    }
}
