namespace FederatedGraph.Subgraphs.SampleData.Planning;

/// <summary>
/// Places blocks on streets: a street holds up to <see cref="MunicipalityLayout.BlocksPerStreet"/>
/// consecutive blocks of one woonplaats, each block using its own range of huisnummers.
/// </summary>
internal sealed class AddressPlanner(MunicipalityLayout layout)
{
    public AddressPlan Address(BlockPlan block, int position)
    {
        var woonplaats = layout.WoonplaatsOfBlock(block.Index);
        var blockInWoonplaats = block.Index - woonplaats.FirstBlock;
        var streetInWoonplaats = blockInWoonplaats / MunicipalityLayout.BlocksPerStreet;
        var blockInStreet = blockInWoonplaats % MunicipalityLayout.BlocksPerStreet;
        var vbo = block.Template.Vbos[position];
        var vboIndex = block.FirstVbo + position;

        return new AddressPlan(
            woonplaats.StreetNames.Name(streetInWoonplaats),
            1 + blockInStreet * MunicipalityLayout.HuisnummersPerBlock + vbo.HuisnummerOffset,
            vbo.Huisletter,
            vbo.Huisnummertoevoeging,
            layout.PostcodeOfBlock(block.Index),
            woonplaats.Naam,
            Identifiers.OpenbareRuimte(woonplaats.FirstStreet + streetInWoonplaats),
            Identifiers.Nummeraanduiding(vboIndex),
            Identifiers.Verblijfsobject(vboIndex));
    }
}
