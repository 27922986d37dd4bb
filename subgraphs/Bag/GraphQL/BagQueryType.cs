using FederatedGraph.Subgraphs.Bag.Data;
using FederatedGraph.Subgraphs.Bag.Domain;
using FederatedGraph.Subgraphs.Toolkit.Batching;
using FederatedGraph.Subgraphs.Toolkit.Data;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace FederatedGraph.Subgraphs.Bag.GraphQL;

public sealed class BagQueryType : ObjectGraphType
{
    public BagQueryType()
    {
        Name = "Query";
        AddLookups();
        AddSearches();
    }

    /// <summary>One object by its key; every lookup is batched, so a variable batch of N keys costs one query.</summary>
    private void AddLookups()
    {
        Field<NummeraanduidingType>("nummeraanduiding")
            .Description("Raadpleeg één nummeraanduiding (adres) met haar BAG-identificatie.")
            .Argument<NonNullGraphType<StringGraphType>>("identificatie", configure: a => a.Is("identificatie"))
            .Lookup()
            .Resolve(context => BagLoaders.Nummeraanduidingen(context)
                .Load(BagArguments.Identificatie(context, BagObjecttype.Nummeraanduiding, "nummeraanduiding")));

        Field<NummeraanduidingType>("nummeraanduidingByPostcodeHuisnummer")
            .Description("Zoek één adres met postcode en huisnummer. Zonder huisletter of toevoeging geldt het adres zonder; " +
                         "is het dan nog niet eenduidig, dan is het antwoord null.")
            .Argument<NonNullGraphType<StringGraphType>>("postcode", "Bijvoorbeeld 1234AB; spaties en kleine letters mogen.", a => a.Is("postcode"))
            .Argument<NonNullGraphType<IntGraphType>>("huisnummer", configure: a => a.Is("huisnummer"))
            .Argument<StringGraphType>("huisletter", configure: a => a.Is("huisletter"))
            .Argument<StringGraphType>("huisnummertoevoeging", configure: a => a.Is("huisnummertoevoeging"))
            .Lookup()
            .Resolve(context =>
            {
                var postcode = BagArguments.Postcode(context);
                var huisnummer = BagArguments.Huisnummer(context);
                var huisletter = BagArguments.Optional(context, "huisletter");
                var toevoeging = BagArguments.Optional(context, "huisnummertoevoeging");
                return BagLoaders.NummeraanduidingenMetPostcode(context).Load(postcode)
                    .Select(adressen => AdresKeuze.Kies(adressen ?? [], huisnummer, huisletter, toevoeging));
            });

        Field<VerblijfsobjectType>("verblijfsobject")
            .Description("Raadpleeg één verblijfsobject met zijn BAG-identificatie.")
            .Argument<NonNullGraphType<StringGraphType>>("identificatie", configure: a => a.Is("identificatie"))
            .Lookup()
            .Resolve(context => BagLoaders.Verblijfsobjecten(context)
                .Load(BagArguments.Identificatie(context, BagObjecttype.Verblijfsobject, "verblijfsobject")));

        Field<PandType>("pand")
            .Description("Raadpleeg één pand met zijn BAG-identificatie.")
            .Argument<NonNullGraphType<StringGraphType>>("identificatie", configure: a => a.Is("identificatie"))
            .Lookup()
            .Resolve(context => BagLoaders.Panden(context)
                .Load(BagArguments.Identificatie(context, BagObjecttype.Pand, "pand")));

        Field<OpenbareRuimteType>("openbareRuimte")
            .Description("Raadpleeg één openbare ruimte met haar BAG-identificatie.")
            .Argument<NonNullGraphType<StringGraphType>>("identificatie", configure: a => a.Is("identificatie"))
            .Lookup()
            .Resolve(context => BagLoaders.OpenbareRuimten(context)
                .Load(BagArguments.Identificatie(context, BagObjecttype.OpenbareRuimte, "openbare ruimte")));

        Field<WoonplaatsType>("woonplaats")
            .Description("Raadpleeg één woonplaats met haar woonplaatscode.")
            .Argument<NonNullGraphType<StringGraphType>>("identificatie", configure: a => a.Is("identificatie"))
            .Lookup()
            .Resolve(context => BagLoaders.Woonplaatsen(context).Load(BagArguments.Woonplaatscode(context)));
    }

    /// <summary>Paged lists with filtering (where) and sorting (order).</summary>
    private void AddSearches()
    {
        this.Connection<Nummeraanduiding, NummeraanduidingType>("nummeraanduidingen",
                context => context.DbContext<BagDbContext>().Nummeraanduidingen.AsNoTracking(), n => n.Identificatie)
            .Description = "Zoek nummeraanduidingen (adressen), bijvoorbeeld op postcode en huisnummer. Postcodes staan zonder spatie in hoofdletters.";
        this.Connection<Verblijfsobject, VerblijfsobjectType>("verblijfsobjecten",
                context => context.DbContext<BagDbContext>().Verblijfsobjecten.AsNoTracking(), v => v.Identificatie)
            .Description = "Zoek verblijfsobjecten, bijvoorbeeld op oppervlakte of status.";
        this.Connection<Pand, PandType>("panden",
                context => context.DbContext<BagDbContext>().Panden.AsNoTracking(), p => p.Identificatie)
            .Description = "Zoek panden, bijvoorbeeld op oorspronkelijk bouwjaar.";
        this.Connection<OpenbareRuimte, OpenbareRuimteType>("openbareRuimten",
                context => context.DbContext<BagDbContext>().OpenbareRuimten.AsNoTracking(), o => o.Identificatie)
            .Description = "Zoek openbare ruimten (straten), bijvoorbeeld op naam.";
        this.Connection<Woonplaats, WoonplaatsType>("woonplaatsen",
                context => context.DbContext<BagDbContext>().Woonplaatsen.AsNoTracking(), w => w.Identificatie)
            .Description = "Zoek woonplaatsen.";
    }
}
