namespace FederatedGraph.Subgraphs.Woz.Domain;

/// <summary>The WOZ value per square metre of gebruiksoppervlakte, the usual yardstick to compare dwellings.</summary>
public static class WaardePerVierkanteMeter
{
    /// <summary>
    /// <paramref name="waarde"/> divided by <paramref name="oppervlakte"/>, rounded half away from zero to whole
    /// euros; null without a value or without an area to divide by (the BAG records 0 when the area is unknown).
    /// </summary>
    public static int? Bereken(int? waarde, int oppervlakte)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(oppervlakte);
        if (waarde is null || oppervlakte == 0) return null;
        return (int)Math.Round((decimal)waarde.Value / oppervlakte, MidpointRounding.AwayFromZero);
    }
}
