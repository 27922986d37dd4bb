using FederatedGraph.Subgraphs.Toolkit.Batching;
using FederatedGraph.Subgraphs.Toolkit.Data;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using FederatedGraph.Subgraphs.Woz.Domain;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Woz.GraphQL;

/// <summary><c>WozObject</c>, keyed by WOZ-objectnummer; other registries' objects appear by their key only.</summary>
public sealed class WozObjectType : ObjectGraphType<WozObject>
{
    public WozObjectType()
    {
        Name = "WozObject";
        Description = "Een WOZ-object: een onroerende zaak waarvan de gemeente de waarde vaststelt volgens de Wet WOZ.";
        this.Key("wozObjectnummer");

        this.Column("wozObjectnummer", o => o.Wozobjectnummer).Description("Het WOZ-objectnummer: 12 cijfers, beginnend met de gemeentecode.");
        this.Column("verblijfsobjectIdentificatie", o => o.VerblijfsobjectIdentificatie)
            .Description("De BAG-identificatie van het verblijfsobject dat dit WOZ-object waardeert (16 cijfers).");

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WozWaardeType>>>>("waarden")
            .Description("De vastgestelde waarden, de meest recente waardepeildatum eerst.")
            .Reads(o => o.Wozobjectnummer)
            .Resolve(context => WozLoaders.Waarden(context).Load(context.Source.Wozobjectnummer));
        Field<NonNullGraphType<VerblijfsobjectType>>("verblijfsobject")
            .Description("Het BAG-verblijfsobject dat dit WOZ-object waardeert; adres en oppervlakte levert de BAG.")
            .Reads(o => o.VerblijfsobjectIdentificatie)
            .Resolve(context => new VerblijfsobjectReferentie(context.Source.VerblijfsobjectIdentificatie));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KadastraalOnroerendeZaakType>>>>("kadastraleOnroerendeZaken")
            .Description("De kadastrale onroerende zaken (percelen of appartementsrechten) waarop het WOZ-object ligt; de overige gegevens levert de BRK.")
            .Reads(o => o.Wozobjectnummer)
            .Resolve(context => WozLoaders.OnroerendeZaken(context).Load(context.Source.Wozobjectnummer)
                .Select(koppelingen => (koppelingen ?? []).Select(k => new KadastraalOnroerendeZaakReferentie(k.OnroerendeZaakIdentificatie)).ToArray()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WozBelanghebbendeType>>>>("belanghebbenden")
            .Description("De eigenaren en gebruikers van het WOZ-object.")
            .Reads(o => o.Wozobjectnummer)
            .Resolve(context => WozLoaders.Belanghebbenden(context).Load(context.Source.Wozobjectnummer));
    }
}

public sealed class WozWaardeType : ObjectGraphType<WozWaarde>
{
    public WozWaardeType()
    {
        Name = "WozWaarde";
        Description = "Een vastgestelde WOZ-waarde op een waardepeildatum.";
        this.Column("vastgesteldeWaarde", w => w.VastgesteldeWaarde).Description("De vastgestelde waarde in hele euro's.");
        this.Column("waardepeildatum", w => w.Waardepeildatum)
            .Description("De datum waarnaar de waarde is bepaald: 1 januari van het jaar vóór het belastingjaar.");
    }
}
