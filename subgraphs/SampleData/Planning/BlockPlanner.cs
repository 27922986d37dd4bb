using FederatedGraph.Subgraphs.SampleData.Generation;

namespace FederatedGraph.Subgraphs.SampleData.Planning;

/// <summary>Generates any block from its index alone.</summary>
internal sealed class BlockPlanner(MunicipalityLayout layout)
{
    public BlockPlan Plan(int block)
    {
        var random = new DeterministicRandom(layout.Seed, RandomStream.Block, block);
        var template = BlockTemplates.Pick(random.NextDouble());
        var era = random.Next(1890, 2025);
        var split = random.Chance(0.5);

        var bouwjaren = new int[template.Panden.Count];
        for (var pand = 0; pand < bouwjaren.Length; pand++)
        {
            var year = Math.Clamp(era + random.Next(-3, 4), 1850, 2025);
            bouwjaren[pand] = template.Panden[pand] == PandKind.Appartementengebouw ? Math.Max(year, 1955) : year;
        }

        var oppervlakten = new int[template.Vbos.Count];
        for (var position = 0; position < oppervlakten.Length; position++)
        {
            var vbo = template.Vbos[position];
            var (min, max) = (vbo.Use, template.Panden[vbo.Pand]) switch
            {
                (VboUse.Wonen, PandKind.Appartementengebouw) => (45, 110),
                (VboUse.Wonen, PandKind.WinkelpandMetBovenwoning) => (50, 100),
                (VboUse.Wonen, _) => (80, 160),
                (VboUse.WonenEnWinkel, _) => (100, 220),
                (VboUse.Winkel, _) => (40, 250),
                (VboUse.Kantoor, _) => (60, 600),
                _ => throw new InvalidOperationException($"No floor area range for {vbo.Use}."),
            };
            oppervlakten[position] = random.Next(min, max + 1);
        }

        return new BlockPlan(block, template, split, bouwjaren, oppervlakten);
    }
}
