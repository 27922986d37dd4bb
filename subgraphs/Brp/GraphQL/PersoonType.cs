using FederatedGraph.Subgraphs.Toolkit.ProcessingLog;
using FederatedGraph.Subgraphs.Brp.Data;
using FederatedGraph.Subgraphs.Brp.Domain;
using FederatedGraph.Subgraphs.Toolkit.Batching;
using FederatedGraph.Subgraphs.Toolkit.Data;
using FederatedGraph.Subgraphs.Toolkit.Lookups;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Brp.GraphQL;

/// <summary><c>Persoon</c>, keyed by burgerservicenummer; names as in Haal Centraal BRP bevragen.</summary>
public sealed class PersoonType : ObjectGraphType<Persoon>
{
    public PersoonType()
    {
        Name = "Persoon";
        Description = "Een persoon zoals ingeschreven in de Basisregistratie Personen.";
        this.Key("burgerservicenummer");
        this.DataSubject(p => p.Burgerservicenummer);

        this.Column("burgerservicenummer", p => p.Burgerservicenummer).Description("Het burgerservicenummer (BSN), 9 cijfers die aan de 11-proef voldoen.");
        this.Inline<NaamType>("naam");
        this.Inline<GeboorteType>("geboorte");
        this.Column("geslacht", p => p.Geslacht).Description("man, vrouw of onbekend.");
        Field<OverlijdenType>("overlijden")
            .Description("Het overlijden; null zolang de persoon leeft.")
            .Reads(p => p.Overlijdensdatum)
            .Resolve(context => context.Source.Overlijdensdatum is null ? null : context.Source);
        this.Inline<VerblijfplaatsType>("verblijfplaats");

        Relations("partners", RelatieSoort.Partner, "De (huwelijks)partners.");
        Relations("ouders", RelatieSoort.Ouder, "De ouders.");
        Relations("kinderen", RelatieSoort.Kind, "De kinderen.");
    }

    private void Relations(string name, RelatieSoort soort, string description)
        => Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersoonType>>>>(name)
            .Description(description)
            .Reads(p => p.Burgerservicenummer)
            .Resolve(context => PersoonLoaders.Related(context, context.Source.Burgerservicenummer, soort));
}

public sealed class NaamType : ObjectGraphType<Persoon>
{
    public NaamType()
    {
        Name = "Naam";
        this.Column("voornamen", p => p.Voornamen);
        this.Column("voorvoegsel", p => p.Voorvoegsel, nullable: true);
        this.Column("geslachtsnaam", p => p.Geslachtsnaam);
        Field<NonNullGraphType<StringGraphType>>("volledigeNaam")
            .Description("Voornamen, voorvoegsel en geslachtsnaam samen.")
            .Reads(p => p.Voornamen, p => p.Voorvoegsel, p => p.Geslachtsnaam)
            .Resolve(context => string.Join(' ', new[] { context.Source.Voornamen, context.Source.Voorvoegsel, context.Source.Geslachtsnaam }
                .Where(part => !string.IsNullOrEmpty(part))));
    }
}

public sealed class GeboorteType : ObjectGraphType<Persoon>
{
    public GeboorteType()
    {
        Name = "Geboorte";
        this.Column("datum", p => p.Geboortedatum);
        this.Column("plaats", p => p.Geboorteplaats);
    }
}

public sealed class OverlijdenType : ObjectGraphType<Persoon>
{
    public OverlijdenType()
    {
        Name = "Overlijden";
        Field<NonNullGraphType<DateOnlyGraphType>>("datum")
            .Reads(p => p.Overlijdensdatum)
            .Resolve(context => context.Source.Overlijdensdatum);
    }
}

/// <summary>The residential address as BRP registers it, with the BAG identifiers it points at.</summary>
public sealed class VerblijfplaatsType : ObjectGraphType<Persoon>
{
    public VerblijfplaatsType()
    {
        Name = "Verblijfplaats";
        this.Column("straat", p => p.Straat);
        this.Column("huisnummer", p => p.Huisnummer);
        this.Column("huisletter", p => p.Huisletter, nullable: true);
        this.Column("huisnummertoevoeging", p => p.Huisnummertoevoeging, nullable: true);
        this.Column("postcode", p => p.Postcode);
        this.Column("woonplaats", p => p.Woonplaats);
        this.Column("nummeraanduidingIdentificatie", p => p.NummeraanduidingIdentificatie)
            .Description("De BAG-identificatie van de nummeraanduiding van dit adres.");
        this.Column("adresseerbaarObjectIdentificatie", p => p.AdresseerbaarObjectIdentificatie)
            .Description("De BAG-identificatie van het verblijfsobject waar de persoon woont.");
        Field<NonNullGraphType<NummeraanduidingType>>("nummeraanduiding")
            .Description("De BAG-nummeraanduiding van dit adres. De adresregels levert de BRP zelf (@provides); de overige velden levert de BAG.")
            .Provides(NummeraanduidingType.ProvidedByVerblijfplaats)
            .Reads(p => p.NummeraanduidingIdentificatie, p => p.Straat, p => p.Huisnummer, p => p.Huisletter,
                p => p.Huisnummertoevoeging, p => p.Postcode, p => p.Woonplaats)
            .Resolve(context => new NummeraanduidingReferentie(context.Source.NummeraanduidingIdentificatie, context.Source));
    }
}

internal static class PersoonLoaders
{
    public static BatchLoader<string, Persoon> ByBurgerservicenummer(IResolveFieldContext context)
        => context.KeyLoader<BrpDbContext, Persoon, string>("persoon", p => p.Burgerservicenummer, db => db.Personen);

    /// <summary>Relation rows first, then the related persons: two batched queries per level, whatever the number of persons.</summary>
    public static IDataLoaderResult<Persoon[]> Related(IResolveFieldContext context, string burgerservicenummer, RelatieSoort soort)
    {
        var personen = ByBurgerservicenummer(context);
        return context.GroupLoader<BrpDbContext, Relatie, string>($"relaties:{soort}", r => r.Burgerservicenummer,
                db => db.Relaties.Where(r => r.Soort == soort).OrderBy(r => r.GerelateerdeBurgerservicenummer), project: false)
            .Load(burgerservicenummer)
            .Then(relaties => personen.LoadMany(relaties!.Select(r => r.GerelateerdeBurgerservicenummer)));
    }
}
