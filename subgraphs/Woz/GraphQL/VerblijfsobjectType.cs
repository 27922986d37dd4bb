using FederatedGraph.Subgraphs.Toolkit.Batching;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using FederatedGraph.Subgraphs.Woz.Domain;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Woz.GraphQL;

/// <summary>A BAG verblijfsobject as far as the WOZ knows it: only its key. The BAG owns the entity.</summary>
public sealed record VerblijfsobjectReferentie(string Identificatie);

/// <summary>
/// WOZ's contribution to the BAG entity <c>Verblijfsobject</c>: the WOZ object valuing it, and its value per m²,
/// which needs the BAG's oppervlakte (<c>@require</c>): the gateway fetches it from the BAG and passes it in.
/// </summary>
public sealed class VerblijfsobjectType : ObjectGraphType<VerblijfsobjectReferentie>
{
    public VerblijfsobjectType()
    {
        Name = "Verblijfsobject";
        this.Key("identificatie");
        Field(v => v.Identificatie).Description("De BAG-identificatie van het verblijfsobject (16 cijfers).");
        Field<WozObjectType>("wozObject")
            .Description("Het WOZ-object dat dit verblijfsobject waardeert; null als er geen is.")
            .Resolve(context => WozLoaders.WozObjectenVanVerblijfsobject(context).Load(context.Source.Identificatie));
        Field<IntGraphType>("wozWaardePerVierkanteMeter")
            .Description("De meest recente vastgestelde WOZ-waarde gedeeld door de gebruiksoppervlakte (uit de BAG), afgerond op hele euro's per m2.")
            .Argument<NonNullGraphType<IntGraphType>>("oppervlakte", "De gebruiksoppervlakte in vierkante meters; de gateway haalt die uit de BAG.", a => a.Require("oppervlakte"))
            .Resolve(context =>
            {
                var oppervlakte = WozArguments.Oppervlakte(context);
                return WozLoaders.NieuwsteWaardeVanVerblijfsobject(context).Load(context.Source.Identificatie)
                    .Select(waarde => WaardePerVierkanteMeter.Bereken(waarde, oppervlakte));
            });
    }
}
