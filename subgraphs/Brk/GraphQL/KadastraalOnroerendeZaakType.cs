using FederatedGraph.Subgraphs.Brk.Domain;
using FederatedGraph.Subgraphs.Toolkit.Batching;
using FederatedGraph.Subgraphs.Toolkit.Data;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Brk.GraphQL;

public sealed class KadastraalOnroerendeZaakType : ObjectGraphType<KadastraalOnroerendeZaak>
{
    public KadastraalOnroerendeZaakType()
    {
        Name = "KadastraalOnroerendeZaak";
        Description = "Een kadastraal onroerende zaak: een perceel, of een appartementsrecht op een perceel.";
        this.Key("identificatie");
        this.Column("identificatie", z => z.Identificatie)
            .Description("De identificatie (15 cijfers): gemeentecode, 0 voor een perceel of 1 voor een appartementsrecht, en een volgnummer.");
        this.Inline<KadastraleAanduidingType>("kadastraleAanduiding").Description("Waar de zaak in de kadastrale registratie ligt.");
        this.Column("grootte", z => z.Grootte, nullable: true)
            .Description("De kadastrale grootte in vierkante meters; null voor een appartementsrecht, dat geen eigen oppervlakte heeft.");

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ZakelijkGerechtigdeType>>>>("zakelijkGerechtigden")
            .Description("Wie een recht op deze zaak heeft, en voor welk aandeel.")
            .Reads(z => z.Identificatie)
            .Resolve(context => BrkLoaders.ZakelijkGerechtigden(context).Load(context.Source.Identificatie));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NummeraanduidingType>>>>("adressen")
            .Description("De BAG-nummeraanduidingen (adressen) van deze zaak; de adresgegevens zelf levert de BAG.")
            .Reads(z => z.Identificatie)
            .Resolve(context => BrkLoaders.Adressen(context).Load(context.Source.Identificatie)
                .Select(adressen => adressen!.Select(a => new NummeraanduidingReferentie(a.NummeraanduidingIdentificatie)).ToArray()));
    }
}

/// <summary>The kadastrale aanduiding, read from the zaak's own row.</summary>
public sealed class KadastraleAanduidingType : ObjectGraphType<KadastraalOnroerendeZaak>
{
    public KadastraleAanduidingType()
    {
        Name = "KadastraleAanduiding";
        Description = "De kadastrale aanduiding: kadastrale gemeente, sectie, perceelnummer en bij een appartementsrecht de index.";
        this.Column("kadastraleGemeente", z => z.KadastraleGemeente).Description("De naam van de kadastrale gemeente.");
        this.Column("sectie", z => z.Sectie).Description("De sectie binnen de kadastrale gemeente, een of twee letters.");
        this.Column("perceelnummer", z => z.Perceelnummer).Description("Het perceelnummer binnen de sectie.");
        this.Column("appartementsindex", z => z.Appartementsindex, nullable: true)
            .Description("Het volgnummer van het appartementsrecht op het perceel; null voor een perceel.");
    }
}
