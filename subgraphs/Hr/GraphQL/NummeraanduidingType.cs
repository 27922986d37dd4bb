using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Hr.GraphQL;

/// <summary>A BAG address as far as the HR knows it: only its key. The BAG owns the entity.</summary>
public sealed record NummeraanduidingReferentie(string Identificatie);

/// <summary>HR's contribution to the BAG entity <c>Nummeraanduiding</c>: the vestigingen it is the bezoekadres of.</summary>
public sealed class NummeraanduidingType : ObjectGraphType<NummeraanduidingReferentie>
{
    public NummeraanduidingType()
    {
        Name = "Nummeraanduiding";
        Description = "Een adres uit de BAG; het Handelsregister kent alleen de identificatie.";
        this.Key("identificatie");
        Field(n => n.Identificatie).Description("De BAG-identificatie van de nummeraanduiding (16 cijfers).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VestigingType>>>>("vestigingen")
            .Description("De vestigingen met dit adres als bezoekadres.")
            .Resolve(context => HrLoaders.VestigingenOpBezoekadres(context).Load(context.Source.Identificatie));
    }
}
