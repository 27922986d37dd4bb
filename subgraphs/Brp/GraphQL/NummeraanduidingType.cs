using FederatedGraph.Subgraphs.Brp.Data;
using FederatedGraph.Subgraphs.Brp.Domain;
using FederatedGraph.Subgraphs.Toolkit.Lookups;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Brp.GraphQL;

/// <summary>A BAG address as far as the BRP knows it: only its key. The BAG owns the entity.</summary>
public sealed record NummeraanduidingReferentie(string Identificatie);

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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersoonType>>>>("bewoners")
            .Description("De personen die volgens de BRP op dit adres wonen.")
            .Resolve(context => context.GroupLoader<BrpDbContext, Persoon, string>("bewoners",
                    p => p.NummeraanduidingIdentificatie, db => db.Personen.Where(p => p.Overlijdensdatum == null).OrderBy(p => p.Burgerservicenummer))
                .Load(context.Source.Identificatie));
    }
}
