using FederatedGraph.Subgraphs.Brk.Domain;

namespace FederatedGraph.Subgraphs.Brk.Tests;

public sealed class OnroerendeZaakIdentificatieTests
{
    [Theory]
    [InlineData("999900000000001")] // perceel
    [InlineData("999910000000011")] // appartementsrecht
    public void Fifteen_digits_with_0_or_1_at_position_5_are_valid(string identificatie)
        => Assert.True(OnroerendeZaakIdentificatie.IsValid(identificatie));

    [Theory]
    [InlineData("999920000000001")] // neither perceel nor appartementsrecht
    [InlineData("99990000000001")] // 14 digits
    [InlineData("9999000000000001")] // 16 digits
    [InlineData("99990000000000A")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_an_onroerende_zaak(string? identificatie)
        => Assert.False(OnroerendeZaakIdentificatie.IsValid(identificatie));

    [Fact]
    public void Every_sample_identificatie_is_valid()
        => Assert.All(new SampleData.Municipality(SampleData.SampleScaleParser.Parse(Registries.Testing.RegistryServer.TestScale)).Brk.OnroerendeZaken,
            zaak => Assert.True(OnroerendeZaakIdentificatie.IsValid(zaak.Identificatie), zaak.Identificatie));
}
