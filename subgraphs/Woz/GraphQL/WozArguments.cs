using FederatedGraph.DutchIdentifiers;
using FederatedGraph.Subgraphs.Toolkit;
using GraphQL;

namespace FederatedGraph.Subgraphs.Woz.GraphQL;

/// <summary>Reads and validates the arguments of the WOZ lookups; bad input becomes a client error with a code.</summary>
internal static class WozArguments
{
    public const string InvalidWozObjectnummer = "INVALID_WOZ_OBJECTNUMMER";

    /// <summary>The <c>wozObjectnummer</c> argument: 12 digits.</summary>
    public static string Wozobjectnummer(IResolveFieldContext context)
    {
        var wozObjectnummer = context.GetArgument<string>("wozObjectnummer");
        if (!Digits.IsDigits(wozObjectnummer, 12))
            throw new ExecutionError($"'{wozObjectnummer}' is geen geldig WOZ-objectnummer: een WOZ-objectnummer heeft 12 cijfers.") { Code = InvalidWozObjectnummer };
        return wozObjectnummer;
    }

    /// <summary>The <c>identificatie</c> argument of a BAG verblijfsobject: 16 digits, checked as the BRP checks its BAG keys.</summary>
    public static string VerblijfsobjectIdentificatie(IResolveFieldContext context)
    {
        var identificatie = context.GetArgument<string>("identificatie");
        if (!Digits.IsDigits(identificatie, 16))
            throw new ExecutionError($"'{identificatie}' is geen BAG-identificatie van 16 cijfers.") { Code = ErrorCodes.InvalidArgument };
        return identificatie;
    }

    /// <summary>The <c>oppervlakte</c> the gateway passes from the BAG; an area is never negative.</summary>
    public static int Oppervlakte(IResolveFieldContext context)
    {
        var oppervlakte = context.GetArgument<int>("oppervlakte");
        if (oppervlakte < 0)
            throw new ExecutionError($"{oppervlakte} is geen geldige oppervlakte: een gebruiksoppervlakte is nooit negatief.") { Code = ErrorCodes.InvalidArgument };
        return oppervlakte;
    }
}
