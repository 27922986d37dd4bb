using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Hr.GraphQL;

/// <summary>
/// <c>union Eigenaar = Persoon | NietNatuurlijkPersoon</c>. The runtime type follows from the resolved value:
/// a <see cref="PersoonReferentie"/> or a <see cref="Domain.NietNatuurlijkPersoon"/> row.
/// </summary>
public sealed class EigenaarType : UnionGraphType
{
    public EigenaarType()
    {
        Name = "Eigenaar";
        Description = "De eigenaar van een maatschappelijke activiteit: een natuurlijk persoon of een niet-natuurlijk persoon.";
        Type<PersoonType>();
        Type<NietNatuurlijkPersoonType>();
    }
}
