using FederatedGraph.Subgraphs.Bag.Domain;
using FederatedGraph.Subgraphs.Toolkit.Data;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Bag.GraphQL;

public sealed class VerblijfsobjectType : ObjectGraphType<Verblijfsobject>
{
    public VerblijfsobjectType()
    {
        Name = "Verblijfsobject";
        Description = "Een verblijfsobject: de kleinste eenheid van gebruik, zoals een woning, winkel of kantoor.";
        this.Key("identificatie");
        this.Column("identificatie", v => v.Identificatie).Description("De BAG-identificatie (16 cijfers, objecttypecode 01).");
        this.Column("gebruiksdoelen", v => v.Gebruiksdoelen)
            .Type(new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType()))))
            .Description("De gebruiksdoelen, bijvoorbeeld woonfunctie of winkelfunctie.");
        this.Column("oppervlakte", v => v.Oppervlakte).Description("De gebruiksoppervlakte in vierkante meters.");
        this.Column("status", v => v.Status);

        Field<NonNullGraphType<NummeraanduidingType>>("hoofdadres")
            .Description("De nummeraanduiding die het hoofdadres van het verblijfsobject is.")
            .Reads(v => v.HoofdadresIdentificatie)
            .Resolve(context => BagLoaders.Nummeraanduidingen(context).Load(context.Source.HoofdadresIdentificatie));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PandType>>>>("panden")
            .Description("De panden waarin het verblijfsobject ligt.")
            .Reads(v => v.Identificatie)
            .Resolve(context => BagLoaders.PandenVanVerblijfsobject(context).Load(context.Source.Identificatie));
    }
}
