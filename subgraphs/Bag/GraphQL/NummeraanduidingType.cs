using FederatedGraph.Subgraphs.Bag.Domain;
using FederatedGraph.Subgraphs.Toolkit.Data;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Bag.GraphQL;

public sealed class NummeraanduidingType : ObjectGraphType<Nummeraanduiding>
{
    public NummeraanduidingType()
    {
        Name = "Nummeraanduiding";
        Description = "Een nummeraanduiding: postcode en huisnummer aan een openbare ruimte, kortom een adres.";
        this.Key("identificatie");
        this.Column("identificatie", n => n.Identificatie).Description("De BAG-identificatie (16 cijfers, objecttypecode 20).");
        this.Column("postcode", n => n.Postcode).Description("Vier cijfers en twee hoofdletters, zonder spatie.");
        this.Column("huisnummer", n => n.Huisnummer);
        this.Column("huisletter", n => n.Huisletter, nullable: true);
        this.Column("huisnummertoevoeging", n => n.Huisnummertoevoeging, nullable: true);
        this.Column("status", n => n.Status);

        Field<NonNullGraphType<OpenbareRuimteType>>("openbareRuimte")
            .Description("De openbare ruimte waaraan het adres ligt.")
            .Reads(n => n.OpenbareRuimteIdentificatie)
            .Resolve(context => BagLoaders.OpenbareRuimten(context).Load(context.Source.OpenbareRuimteIdentificatie));
        Field<VerblijfsobjectType>("verblijfsobject")
            .Description("Het verblijfsobject waarvan dit het hoofdadres is; null als er geen is.")
            .Reads(n => n.Identificatie)
            .Resolve(context => BagLoaders.VerblijfsobjectenBijHoofdadres(context).Load(context.Source.Identificatie));

        // Convenience fields for a flat address, each read with one batched query for all addresses.
        Field<NonNullGraphType<StringGraphType>>("straat")
            .Description("De naam van de openbare ruimte, zoals in een adres.")
            .Reads(n => n.OpenbareRuimteIdentificatie)
            .Resolve(context => BagLoaders.Straatnamen(context).Load(context.Source.OpenbareRuimteIdentificatie));
        Field<NonNullGraphType<StringGraphType>>("woonplaats")
            .Description("De naam van de woonplaats, zoals in een adres.")
            .Reads(n => n.OpenbareRuimteIdentificatie)
            .Resolve(context => BagLoaders.WoonplaatsnamenVanOpenbareRuimte(context).Load(context.Source.OpenbareRuimteIdentificatie));
    }
}
