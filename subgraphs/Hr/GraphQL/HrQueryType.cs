using FederatedGraph.Subgraphs.Hr.Data;
using FederatedGraph.Subgraphs.Hr.Domain;
using FederatedGraph.Subgraphs.Toolkit.Data;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace FederatedGraph.Subgraphs.Hr.GraphQL;

public sealed class HrQueryType : ObjectGraphType
{
    public HrQueryType()
    {
        Name = "Query";
        AddLookups();
        AddSearches();
        AddContributions();
    }

    /// <summary>One object by its key; every lookup is batched, so a variable batch of N keys costs one query.</summary>
    private void AddLookups()
    {
        Field<MaatschappelijkeActiviteitType>("maatschappelijkeActiviteit")
            .Description("Raadpleeg één maatschappelijke activiteit met haar KvK-nummer.")
            .Argument<NonNullGraphType<StringGraphType>>("kvkNummer", configure: a => a.Is("kvkNummer"))
            .Lookup()
            .Resolve(context => HrLoaders.MaatschappelijkeActiviteiten(context).Load(HrArguments.KvkNummer(context)));

        Field<VestigingType>("vestiging")
            .Description("Raadpleeg één vestiging met haar vestigingsnummer.")
            .Argument<NonNullGraphType<StringGraphType>>("vestigingsnummer", configure: a => a.Is("vestigingsnummer"))
            .Lookup()
            .Resolve(context => HrLoaders.Vestigingen(context).Load(HrArguments.Vestigingsnummer(context)));

        Field<NietNatuurlijkPersoonType>("nietNatuurlijkPersoon")
            .Description("Raadpleeg één niet-natuurlijk persoon met zijn RSIN.")
            .Argument<NonNullGraphType<StringGraphType>>("rsin", configure: a => a.Is("rsin"))
            .Lookup()
            .Resolve(context => HrLoaders.NietNatuurlijkePersonen(context).Load(HrArguments.Rsin(context)));
    }

    /// <summary>Paged lists with filtering (where) and sorting (order).</summary>
    private void AddSearches()
    {
        this.Connection<MaatschappelijkeActiviteit, MaatschappelijkeActiviteitType>("maatschappelijkeActiviteiten",
                context => context.DbContext<HrDbContext>().MaatschappelijkeActiviteiten.AsNoTracking(), m => m.KvkNummer)
            .Description = "Zoek maatschappelijke activiteiten, bijvoorbeeld op naam, rechtsvorm of startdatum.";
        this.Connection<Vestiging, VestigingType>("vestigingen",
                context => context.DbContext<HrDbContext>().Vestigingen.AsNoTracking(), v => v.Vestigingsnummer)
            .Description = "Zoek vestigingen, bijvoorbeeld op KvK-nummer of bezoekadres.";
    }

    /// <summary>For the gateway only: HR's fields on entities that the BRP and the BAG own.</summary>
    private void AddContributions()
    {
        Field<PersoonType>("persoon")
            .Description("Voor de gateway: de HR-kant van een BRP-persoon, om zijn ondernemingen te vinden.")
            .Argument<NonNullGraphType<StringGraphType>>("burgerservicenummer", configure: a => a.Is("burgerservicenummer"))
            .Lookup()
            .Internal()
            .Resolve(context => new PersoonReferentie(HrArguments.Burgerservicenummer(context)));

        Field<NummeraanduidingType>("nummeraanduiding")
            .Description("Voor de gateway: de HR-kant van een BAG-nummeraanduiding, om de vestigingen op dat adres te vinden.")
            .Argument<NonNullGraphType<StringGraphType>>("identificatie", configure: a => a.Is("identificatie"))
            .Lookup()
            .Internal()
            .Resolve(context => new NummeraanduidingReferentie(HrArguments.NummeraanduidingIdentificatie(context)));
    }
}
