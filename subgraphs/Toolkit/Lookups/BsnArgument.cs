using FederatedGraph.DutchIdentifiers;
using GraphQL;

namespace FederatedGraph.Subgraphs.Toolkit.Lookups;

/// <summary>A burgerservicenummer argument, as every registry that knows persons (and the inzage) reads one: a value that
/// fails the 11-proef is an <c>INVALID_BSN</c> error, never a lookup.</summary>
public static class BsnArgument
{
    public static string Read(IResolveFieldContext context, string name = "burgerservicenummer")
    {
        var bsn = context.GetArgument<string>(name);
        return ElfProef.IsValidBsn(bsn) ? bsn
            : throw new ExecutionError($"'{bsn}' is geen geldig burgerservicenummer: een BSN heeft 9 cijfers en voldoet aan de 11-proef.") { Code = ErrorCodes.InvalidBsn };
    }
}
