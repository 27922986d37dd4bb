using FederatedGraph.Subgraphs.Woz.Domain;

namespace FederatedGraph.Subgraphs.Woz.Tests;

public sealed class WaardePerVierkanteMeterTests
{
    [Theory]
    [InlineData(300_000, 75, 4_000)]
    [InlineData(250_000, 3, 83_333)] // 83,333.33 rounds down
    [InlineData(200_000, 3, 66_667)] // 66,666.67 rounds up
    [InlineData(5, 2, 3)] // a half rounds away from zero, not to even
    [InlineData(7, 2, 4)]
    public void Divides_and_rounds_to_whole_euros(int waarde, int oppervlakte, int expected)
        => Assert.Equal(expected, WaardePerVierkanteMeter.Bereken(waarde, oppervlakte));

    [Fact]
    public void No_area_gives_no_value_instead_of_a_division_by_zero()
        => Assert.Null(WaardePerVierkanteMeter.Bereken(300_000, 0));

    [Fact]
    public void No_woz_value_gives_no_value()
        => Assert.Null(WaardePerVierkanteMeter.Bereken(null, 75));

    [Fact]
    public void A_negative_area_is_refused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => WaardePerVierkanteMeter.Bereken(300_000, -1));
}
