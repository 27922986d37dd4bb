using FederatedGraph.Subgraphs.Hr.Domain;
using FederatedGraph.Subgraphs.Toolkit.Data;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Hr.GraphQL;

public sealed class NietNatuurlijkPersoonType : ObjectGraphType<NietNatuurlijkPersoon>
{
    public const string TypeName = "NietNatuurlijkPersoon";

    public NietNatuurlijkPersoonType()
    {
        Name = TypeName;
        Description = "Een niet-natuurlijk persoon: een rechtspersoon zoals een besloten vennootschap, stichting of vereniging.";
        this.Key("rsin");
        this.Column("rsin", n => n.Rsin).Description("Het RSIN, 9 cijfers die aan de 11-proef voldoen.");
        this.Column("statutaireNaam", n => n.StatutaireNaam).Description("De naam volgens de statuten.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MaatschappelijkeActiviteitType>>>>("ondernemingen")
            .Description("De maatschappelijke activiteiten waarvan deze rechtspersoon eigenaar is.")
            .Reads(n => n.Rsin)
            .Resolve(context => HrLoaders.OndernemingenVanRechtspersoon(context).Load(context.Source.Rsin));
    }
}
