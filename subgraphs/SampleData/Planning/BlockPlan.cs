namespace FederatedGraph.Subgraphs.SampleData.Planning;

/// <summary>A concrete block: its template plus the drawn building years, floor areas and split decision.</summary>
internal sealed record BlockPlan(
    int Index,
    BlockTemplate Template,
    bool ApartmentsSplit,
    IReadOnlyList<int> Bouwjaren,
    IReadOnlyList<int> Oppervlakten)
{
    public int FirstVbo => Index * MunicipalityLayout.VbosPerBlock;

    public PandKind KindOf(int pand) => Template.Panden[pand];

    public bool IsSplit(int pand) => ApartmentsSplit && KindOf(pand) == PandKind.Appartementengebouw;

    public ParcelRef ParcelOf(int position)
    {
        var pand = Template.Vbos[position].Pand;
        if (!IsSplit(pand))
        {
            return new ParcelRef(Index, pand, null);
        }
        var index = 1;
        for (var earlier = 0; earlier < position; earlier++)
        {
            if (Template.Vbos[earlier].Pand == pand)
            {
                index++;
            }
        }
        return new ParcelRef(Index, pand, index);
    }

    /// <summary>Every BRK object in the block, pand by pand.</summary>
    public IEnumerable<ParcelRef> Parcels()
    {
        for (var pand = 0; pand < Template.Panden.Count; pand++)
        {
            if (!IsSplit(pand))
            {
                yield return new ParcelRef(Index, pand, null);
                continue;
            }
            for (var position = 0; position < Template.Vbos.Count; position++)
            {
                if (Template.Vbos[position].Pand == pand)
                {
                    yield return ParcelOf(position);
                }
            }
        }
    }

    /// <summary>One perceel per pand, except that a split building has one appartementsrecht per unit instead.</summary>
    public int ParcelCount => Template.Panden.Count + SplitExtra();

    /// <summary>Positions (verblijfsobjecten) that lie on the parcel.</summary>
    public IEnumerable<int> PositionsOn(ParcelRef parcel)
    {
        for (var position = 0; position < Template.Vbos.Count; position++)
        {
            if (Template.Vbos[position].Pand == parcel.Pand && (parcel.Appartementsindex is null || ParcelOf(position) == parcel))
            {
                yield return position;
            }
        }
    }

    /// <summary>The first dwelling position on the parcel, if any (a business pand has none).</summary>
    public int? DwellingOn(ParcelRef parcel)
    {
        foreach (var position in PositionsOn(parcel))
        {
            if (position < MunicipalityLayout.DwellingsPerBlock)
            {
                return position;
            }
        }
        return null;
    }

    private int SplitExtra()
    {
        var extra = 0;
        for (var pand = 0; pand < Template.Panden.Count; pand++)
        {
            if (IsSplit(pand))
            {
                extra += Template.Vbos.Count(v => v.Pand == pand) - 1;
            }
        }
        return extra;
    }
}
