using FederatedGraph.Subgraphs.Brp.Data;
using FederatedGraph.Subgraphs.Brp.Domain;
using FederatedGraph.Subgraphs.Toolkit.Lookups;
using FederatedGraph.Subgraphs.Toolkit;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Brp.GraphQL;

/// <summary>
/// A BAG address as far as the BRP knows it: its key and, when reached through a person's verblijfplaats,
/// that person's copy of the address lines. The BAG owns the entity.
/// </summary>
public sealed record NummeraanduidingReferentie(string Identificatie, Persoon? Bewoner = null);

/// <summary>
/// BRP's contribution to the BAG entity <c>Nummeraanduiding</c>: who is registered as living there.
/// </summary>
public sealed class NummeraanduidingType : ObjectGraphType<NummeraanduidingReferentie>
{
    public NummeraanduidingType()
    {
        Name = "Nummeraanduiding";
        this.Key("identificatie");
        Field(n => n.Identificatie).Description("De BAG-identificatie van de nummeraanduiding (16 cijfers).");

        // The BAG owns these fields. The BRP registers the same address lines on each person, so it can
        // answer them below Verblijfplaats.nummeraanduiding without a trip to the BAG; nowhere else.
        External<StringGraphType>("straat", p => p.Straat);
        External<IntGraphType>("huisnummer", p => p.Huisnummer);
        External<StringGraphType>("huisletter", p => p.Huisletter, nullable: true);
        External<StringGraphType>("huisnummertoevoeging", p => p.Huisnummertoevoeging, nullable: true);
        External<StringGraphType>("postcode", p => p.Postcode);
        External<StringGraphType>("woonplaats", p => p.Woonplaats);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersoonType>>>>("bewoners")
            .Description("De personen die volgens de BRP op dit adres wonen.")
            .Resolve(context => context.GroupLoader<BrpDbContext, Persoon, string>("bewoners",
                    p => p.NummeraanduidingIdentificatie, db => db.Personen.Where(p => p.Overlijdensdatum == null).OrderBy(p => p.Burgerservicenummer))
                .Load(context.Source.Identificatie));
    }

    /// <summary>The fields <c>Verblijfplaats.nummeraanduiding</c> provides from the BRP's own copy.</summary>
    public const string ProvidedByVerblijfplaats = "straat huisnummer huisletter huisnummertoevoeging postcode woonplaats";

    private void External<TGraph>(string name, Func<Persoon, object?> value, bool nullable = false) where TGraph : ScalarGraphType
    {
        var type = nullable ? typeof(TGraph) : typeof(NonNullGraphType<TGraph>);
        Field(name, type)
            .External()
            .Resolve(context => context.Source.Bewoner is { } bewoner
                ? value(bewoner)
                : throw new ExecutionError($"Nummeraanduiding.{name} komt uit de BAG; de BRP levert het alleen onder Verblijfplaats.nummeraanduiding.")
                    { Code = ErrorCodes.InvalidArgument });
    }
}
