using FederatedGraph.Subgraphs.Toolkit.ProcessingLog;
using FederatedGraph.Subgraphs.Brk.Domain;
using FederatedGraph.Subgraphs.Toolkit.Data;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Brk.GraphQL;

public sealed class ZakelijkGerechtigdeType : ObjectGraphType<ZakelijkGerechtigde>
{
    public ZakelijkGerechtigdeType()
    {
        Name = "ZakelijkGerechtigde";
        Description = "Een zakelijk gerechtigde: een natuurlijk of niet-natuurlijk persoon met een recht op een onroerende zaak.";
        // A natural person's right is their personal data, whether or not the query asks who they are.
        this.DataSubject(g => g.Burgerservicenummer);
        this.Inline<AandeelType>("aandeel").Description("Het aandeel in het recht, als breuk.");
        this.Column("soortRecht", g => g.SoortRecht).Description("De soort zakelijk recht, bijvoorbeeld eigendom.");
        // Exactly one of the two keys is stored, so exactly one of these fields is set.
        Field<PersoonType>("persoon")
            .Description("De gerechtigde als natuurlijk persoon (BRP); null als de gerechtigde een niet-natuurlijk persoon is.")
            .Reads(g => g.Burgerservicenummer)
            .Resolve(context => context.Source.Burgerservicenummer is { } bsn ? new PersoonReferentie(bsn) : null);
        Field<NietNatuurlijkPersoonType>("nietNatuurlijkPersoon")
            .Description("De gerechtigde als niet-natuurlijk persoon (HR); null als de gerechtigde een natuurlijk persoon is.")
            .Reads(g => g.Rsin)
            .Resolve(context => context.Source.Rsin is { } rsin ? new NietNatuurlijkPersoonReferentie(rsin) : null);
    }
}

/// <summary>The share, read from the gerechtigde's own row.</summary>
public sealed class AandeelType : ObjectGraphType<ZakelijkGerechtigde>
{
    public AandeelType()
    {
        Name = "Aandeel";
        Description = "Een aandeel als breuk, bijvoorbeeld 1/2.";
        this.Column("teller", g => g.AandeelTeller).Description("De teller van de breuk.");
        this.Column("noemer", g => g.AandeelNoemer).Description("De noemer van de breuk.");
    }
}
