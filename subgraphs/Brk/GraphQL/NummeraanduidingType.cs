using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Brk.GraphQL;

/// <summary>A BAG address as far as the BRK knows it: only its key. The BAG owns the entity.</summary>
public sealed record NummeraanduidingReferentie(string Identificatie);

/// <summary>BRK's contribution to the BAG entity <c>Nummeraanduiding</c>: the onroerende zaken at that address.</summary>
public sealed class NummeraanduidingType : ObjectGraphType<NummeraanduidingReferentie>
{
    public NummeraanduidingType()
    {
        Name = "Nummeraanduiding";
        this.Key("identificatie");
        Field(n => n.Identificatie).Description("De BAG-identificatie van de nummeraanduiding (16 cijfers).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KadastraalOnroerendeZaakType>>>>("kadastraleOnroerendeZaken")
            .Description("De kadastraal onroerende zaken met dit adres.")
            .Resolve(context => BrkLoaders.ZakenOpAdres(context).Load(context.Source.Identificatie));
    }
}
