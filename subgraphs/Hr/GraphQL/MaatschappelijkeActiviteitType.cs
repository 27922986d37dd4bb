using FederatedGraph.Subgraphs.Toolkit.ProcessingLog;
using FederatedGraph.Subgraphs.Hr.Domain;
using FederatedGraph.Subgraphs.Toolkit.Data;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Hr.GraphQL;

public sealed class MaatschappelijkeActiviteitType : ObjectGraphType<MaatschappelijkeActiviteit>
{
    public MaatschappelijkeActiviteitType()
    {
        Name = "MaatschappelijkeActiviteit";
        Description = "Een maatschappelijke activiteit: een onderneming of rechtspersoon zoals ingeschreven in het Handelsregister.";
        this.Key("kvkNummer");
        // An eenmanszaak's data is its owner's personal data; other legal forms have no natural person as owner.
        this.DataSubject(m => m.EigenaarBurgerservicenummer);
        this.Column("kvkNummer", m => m.KvkNummer).Description("Het KvK-nummer (8 cijfers).");
        this.Column("naam", m => m.Naam).Description("De naam waaronder de activiteit is ingeschreven.");
        this.Column("rechtsvorm", m => m.Rechtsvorm).Description("De rechtsvorm, bijvoorbeeld Eenmanszaak, Besloten Vennootschap of Stichting.");
        this.Column("startdatum", m => m.Startdatum).Description("De datum waarop de activiteit is begonnen.");
        Field<NonNullGraphType<EigenaarType>>("eigenaar")
            .Description("De eigenaar: bij een eenmanszaak een persoon uit de BRP, anders een niet-natuurlijk persoon.")
            .Reads(m => m.EigenaarBurgerservicenummer, m => m.EigenaarRsin)
            .Resolve(context => context.Source.EigenaarBurgerservicenummer is { } bsn
                ? new PersoonReferentie(bsn)
                : HrLoaders.EigenaarsRechtspersoon(context).Load(context.Source.EigenaarRsin!));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VestigingType>>>>("vestigingen")
            .Description("De vestigingen van deze activiteit.")
            .Reads(m => m.KvkNummer)
            .Resolve(context => HrLoaders.VestigingenVanActiviteit(context).Load(context.Source.KvkNummer));
    }
}
