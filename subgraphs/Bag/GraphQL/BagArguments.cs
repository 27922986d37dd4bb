using FederatedGraph.Subgraphs.Bag.Domain;
using FederatedGraph.Subgraphs.Toolkit;
using GraphQL;

namespace FederatedGraph.Subgraphs.Bag.GraphQL;

/// <summary>Reads and validates the arguments of the BAG lookups; bad input becomes a client error with a code.</summary>
internal static class BagArguments
{
    public const string InvalidIdentificatie = "INVALID_IDENTIFICATIE";
    public const string InvalidPostcode = "INVALID_POSTCODE";

    private const int HoogsteHuisnummer = 99999;

    /// <summary>The <c>identificatie</c> argument, which must be a BAG identificatie of <paramref name="objecttype"/>.</summary>
    public static string Identificatie(IResolveFieldContext context, BagObjecttype objecttype, string objectnaam)
    {
        var identificatie = context.GetArgument<string>("identificatie");
        if (!BagIdentificatie.IsValid(identificatie, objecttype))
            throw new ExecutionError(
                $"'{identificatie}' is geen geldige identificatie van een {objectnaam}: een BAG-identificatie heeft 16 cijfers " +
                $"met objecttypecode {BagIdentificatie.Code(objecttype)} op positie 5 en 6.") { Code = InvalidIdentificatie };
        return identificatie;
    }

    /// <summary>The <c>identificatie</c> argument of a woonplaats: its 4-digit woonplaatscode.</summary>
    public static string Woonplaatscode(IResolveFieldContext context)
    {
        var identificatie = context.GetArgument<string>("identificatie");
        if (!BagIdentificatie.IsValidWoonplaatscode(identificatie))
            throw new ExecutionError($"'{identificatie}' is geen geldige woonplaatscode: een woonplaatscode heeft 4 cijfers.") { Code = InvalidIdentificatie };
        return identificatie;
    }

    /// <summary>The <c>postcode</c> argument, normalised (upper-case, no spaces) and validated.</summary>
    public static string Postcode(IResolveFieldContext context)
    {
        var gegeven = context.GetArgument<string>("postcode");
        var postcode = Domain.Postcode.Normalise(gegeven);
        if (!Domain.Postcode.IsValid(postcode))
            throw new ExecutionError($"'{gegeven}' is geen geldige postcode: een postcode bestaat uit vier cijfers (niet beginnend met 0) en twee letters, zoals 1234AB.") { Code = InvalidPostcode };
        return postcode;
    }

    public static int Huisnummer(IResolveFieldContext context)
    {
        var huisnummer = context.GetArgument<int>("huisnummer");
        if (huisnummer is < 1 or > HoogsteHuisnummer)
            throw new ExecutionError($"{huisnummer} is geen geldig huisnummer: een huisnummer ligt tussen 1 en {HoogsteHuisnummer}.") { Code = ErrorCodes.InvalidArgument };
        return huisnummer;
    }

    /// <summary>An optional text argument; empty or blank counts as not given.</summary>
    public static string? Optional(IResolveFieldContext context, string name)
        => context.GetArgument<string?>(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
