using FederatedGraph.Subgraphs.Hr.Domain;
using FederatedGraph.Subgraphs.Toolkit.Data;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Hr.GraphQL;

public sealed class SbiActiviteitType : ObjectGraphType<SbiActiviteit>
{
    public SbiActiviteitType()
    {
        Name = "SbiActiviteit";
        Description = "Een activiteit volgens de Standaard Bedrijfsindeling (SBI).";
        this.Column("sbiCode", s => s.SbiCode).Description("De SBI-code.");
        this.Column("sbiOmschrijving", s => s.SbiOmschrijving).Description("De omschrijving van de SBI-code.");
        this.Column("indHoofdactiviteit", s => s.IndHoofdactiviteit).Description("Of dit de hoofdactiviteit van de vestiging is.");
    }
}
