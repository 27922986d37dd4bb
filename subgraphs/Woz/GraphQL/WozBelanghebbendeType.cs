using FederatedGraph.Subgraphs.Toolkit.ProcessingLog;
using FederatedGraph.Subgraphs.Toolkit.Data;
using FederatedGraph.Subgraphs.Woz.Domain;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Woz.GraphQL;

public sealed class WozBelanghebbendeType : ObjectGraphType<WozBelanghebbende>
{
    public WozBelanghebbendeType()
    {
        Name = "WozBelanghebbende";
        Description = "Een belanghebbende bij een WOZ-object en de hoedanigheid waarin.";
        // A natural person's interest in an object is their personal data, whether or not the query asks who they are.
        this.DataSubject(b => b.Burgerservicenummer);
        this.Column("soort", b => b.Soort).Description("eigenaar of gebruiker.");
        Field<NonNullGraphType<BelanghebbendeType>>("belanghebbende")
            .Description("De persoon (BRP) of maatschappelijke activiteit (HR) die belanghebbende is.")
            .Reads(b => b.Burgerservicenummer, b => b.KvkNummer)
            .Resolve(context => context.Source.Burgerservicenummer is { } bsn
                ? new PersoonReferentie(bsn)
                : new MaatschappelijkeActiviteitReferentie(context.Source.KvkNummer!));
    }
}

/// <summary>
/// <c>union Belanghebbende = Persoon | MaatschappelijkeActiviteit</c>. The member is chosen by the CLR type
/// of the resolved reference: each member's <c>IsTypeOf</c> accepts exactly its own reference record.
/// </summary>
public sealed class BelanghebbendeType : UnionGraphType
{
    public BelanghebbendeType()
    {
        Name = "Belanghebbende";
        Description = "Een natuurlijk persoon uit de BRP of een maatschappelijke activiteit uit het Handelsregister.";
        Type<PersoonType>();
        Type<MaatschappelijkeActiviteitType>();
    }
}
