using FederatedGraph.Subgraphs.Hr.Domain;
using FederatedGraph.Subgraphs.Toolkit.Data;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Hr.GraphQL;

public sealed class VestigingType : ObjectGraphType<Vestiging>
{
    public VestigingType()
    {
        Name = "Vestiging";
        Description = "Een vestiging: een plaats waar een maatschappelijke activiteit duurzaam wordt uitgeoefend.";
        this.Key("vestigingsnummer");
        this.Column("vestigingsnummer", v => v.Vestigingsnummer).Description("Het vestigingsnummer (12 cijfers).");
        // The two keys below are columns as well, so vestigingen can be searched and sorted by them.
        this.Column("kvkNummer", v => v.KvkNummer).Description("Het KvK-nummer van de maatschappelijke activiteit van deze vestiging.");
        this.Column("handelsnamen", v => v.Handelsnamen)
            .Type(new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType()))))
            .Description("De handelsnamen die op deze vestiging worden gevoerd.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SbiActiviteitType>>>>("sbiActiviteiten")
            .Description("De SBI-activiteiten van deze vestiging, de hoofdactiviteit eerst.")
            .Reads(v => v.Vestigingsnummer)
            .Resolve(context => HrLoaders.SbiActiviteiten(context).Load(context.Source.Vestigingsnummer));
        this.Column("bezoekadresIdentificatie", v => v.BezoekadresIdentificatie)
            .Description("De BAG-identificatie van de nummeraanduiding van het bezoekadres.");
        Field<NonNullGraphType<NummeraanduidingType>>("bezoekadres")
            .Description("Het bezoekadres als BAG-nummeraanduiding; de overige velden levert de BAG.")
            .Reads(v => v.BezoekadresIdentificatie)
            .Resolve(context => new NummeraanduidingReferentie(context.Source.BezoekadresIdentificatie));
        Field<NonNullGraphType<MaatschappelijkeActiviteitType>>("maatschappelijkeActiviteit")
            .Description("De maatschappelijke activiteit waartoe deze vestiging behoort.")
            .Reads(v => v.KvkNummer)
            .Resolve(context => HrLoaders.MaatschappelijkeActiviteiten(context).Load(context.Source.KvkNummer));
    }
}
