using FederatedGraph.Subgraphs.Toolkit.Lookups;
using FederatedGraph.DutchIdentifiers;
using FederatedGraph.Subgraphs.Toolkit;
using GraphQL;

namespace FederatedGraph.Subgraphs.Hr.GraphQL;

/// <summary>Reads and validates the key arguments of the HR lookups; bad input becomes a client error with a code.</summary>
internal static class HrArguments
{
    public const string InvalidKvkNummer = "INVALID_KVK_NUMMER";
    public const string InvalidVestigingsnummer = "INVALID_VESTIGINGSNUMMER";
    public const string InvalidRsin = "INVALID_RSIN";
    // The same code as the BRP's persoon lookup, so clients handle a bad BSN alike in every registry.

    public static string KvkNummer(IResolveFieldContext context)
    {
        var kvkNummer = context.GetArgument<string>("kvkNummer");
        if (!Digits.IsDigits(kvkNummer, 8))
            throw new ExecutionError($"'{kvkNummer}' is geen geldig KvK-nummer: een KvK-nummer heeft 8 cijfers.") { Code = InvalidKvkNummer };
        return kvkNummer;
    }

    public static string Vestigingsnummer(IResolveFieldContext context)
    {
        var vestigingsnummer = context.GetArgument<string>("vestigingsnummer");
        if (!Digits.IsDigits(vestigingsnummer, 12))
            throw new ExecutionError($"'{vestigingsnummer}' is geen geldig vestigingsnummer: een vestigingsnummer heeft 12 cijfers.") { Code = InvalidVestigingsnummer };
        return vestigingsnummer;
    }

    public static string Rsin(IResolveFieldContext context)
    {
        var rsin = context.GetArgument<string>("rsin");
        if (!ElfProef.IsValidRsin(rsin))
            throw new ExecutionError($"'{rsin}' is geen geldig RSIN: een RSIN heeft 9 cijfers en voldoet aan de 11-proef.") { Code = InvalidRsin };
        return rsin;
    }

    public static string Burgerservicenummer(IResolveFieldContext context) => BsnArgument.Read(context);

    /// <summary>A BAG nummeraanduiding identificatie; the code is the one the BRP uses for the same internal lookup.</summary>
    public static string NummeraanduidingIdentificatie(IResolveFieldContext context)
    {
        var identificatie = context.GetArgument<string>("identificatie");
        if (!Digits.IsDigits(identificatie, 16))
            throw new ExecutionError($"'{identificatie}' is geen BAG-identificatie van 16 cijfers.") { Code = ErrorCodes.InvalidArgument };
        return identificatie;
    }
}
