using FederatedGraph.Subgraphs.SampleData.Planning;

namespace FederatedGraph.Subgraphs.SampleData.Tests;

public class BlockTemplateTests
{
    public static TheoryData<string> Templates => new(
        BlockTemplates.Rijwoningen.Name, BlockTemplates.Appartementen.Name, BlockTemplates.Winkelstraat.Name);

    /// <summary>The layout maps households and businesses to block positions by arithmetic; every template must agree on them.</summary>
    [Theory]
    [MemberData(nameof(Templates))]
    public void Positions_have_the_use_the_layout_assumes(string name)
    {
        var template = new[] { BlockTemplates.Rijwoningen, BlockTemplates.Appartementen, BlockTemplates.Winkelstraat }.Single(t => t.Name == name);

        Assert.Equal(MunicipalityLayout.VbosPerBlock, template.Vbos.Count);
        Assert.All(template.Vbos.Take(7), v => Assert.Equal(VboUse.Wonen, v.Use));
        Assert.Equal(VboUse.WonenEnWinkel, template.Vbos[7].Use);
        Assert.All(template.Vbos.Skip(8), v => Assert.Contains(v.Use, new[] { VboUse.Winkel, VboUse.Kantoor }));
        Assert.All(template.Vbos, v => Assert.InRange(v.HuisnummerOffset, 0, MunicipalityLayout.HuisnummersPerBlock - 1));
        Assert.Equal(Enumerable.Range(0, template.Panden.Count), template.Vbos.Select(v => v.Pand).Distinct().Order());
    }
}
