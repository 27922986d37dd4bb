using FederatedGraph.Subgraphs.Toolkit.Lookups;
using FederatedGraph.DutchIdentifiers;
using FederatedGraph.Subgraphs.Toolkit;
using GraphQL;

namespace FederatedGraph.Subgraphs.Brk.GraphQL;

/// <summary>Reads and validates the key arguments of the BRK lookups; bad input becomes a client error with a code.</summary>
internal static class BrkArguments
{
    // The same codes BAG and BRP use for the same mistakes, so clients handle them once.
    public const string InvalidIdentificatie = "INVALID_IDENTIFICATIE";
    public const string InvalidRsin = "INVALID_RSIN";

    public static string OnroerendeZaakIdentificatie(IResolveFieldContext context)
    {
        var identificatie = context.GetArgument<string>("identificatie");
        if (!Domain.OnroerendeZaakIdentificatie.IsValid(identificatie))
            throw new ExecutionError(
                $"'{identificatie}' is geen geldige identificatie van een kadastraal onroerende zaak: die heeft {Domain.OnroerendeZaakIdentificatie.Lengte} cijfers, " +
                "met op positie 5 een 0 (perceel) of 1 (appartementsrecht).") { Code = InvalidIdentificatie };
        return identificatie;
    }

    public static string Burgerservicenummer(IResolveFieldContext context) => BsnArgument.Read(context);

    public static string Rsin(IResolveFieldContext context)
    {
        var rsin = context.GetArgument<string>("rsin");
        if (!ElfProef.IsValidRsin(rsin))
            throw new ExecutionError($"'{rsin}' is geen geldig RSIN: een RSIN heeft 9 cijfers en voldoet aan de 11-proef.") { Code = InvalidRsin };
        return rsin;
    }

    public static string NummeraanduidingIdentificatie(IResolveFieldContext context)
    {
        var identificatie = context.GetArgument<string>("identificatie");
        if (!Digits.IsDigits(identificatie, 16))
            throw new ExecutionError($"'{identificatie}' is geen BAG-identificatie van 16 cijfers.") { Code = ErrorCodes.InvalidArgument };
        return identificatie;
    }
}
