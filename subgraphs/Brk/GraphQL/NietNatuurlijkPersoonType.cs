using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Brk.GraphQL;

/// <summary>A legal entity as far as the BRK knows it: only the RSIN. The HR owns the entity.</summary>
public sealed record NietNatuurlijkPersoonReferentie(string Rsin);

/// <summary>BRK's contribution to the HR entity <c>NietNatuurlijkPersoon</c>: what the legal entity holds rights on.</summary>
public sealed class NietNatuurlijkPersoonType : ObjectGraphType<NietNatuurlijkPersoonReferentie>
{
    public NietNatuurlijkPersoonType()
    {
        Name = "NietNatuurlijkPersoon";
        this.Key("rsin");
        Field(n => n.Rsin).Description("Het RSIN van de rechtspersoon; de overige gegevens levert het Handelsregister.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KadastraalOnroerendeZaakType>>>>("eigendommen")
            .Description("De onroerende zaken waarop deze rechtspersoon zakelijk gerechtigde is.")
            .Resolve(context => BrkLoaders.EigendommenVanNietNatuurlijkPersoon(context).Load(context.Source.Rsin));
    }
}
