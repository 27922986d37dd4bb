namespace FederatedGraph.Subgraphs.SampleData.Tests;

/// <summary>Shares one generated municipality across the consistency test classes.</summary>
[CollectionDefinition(Name)]
public sealed class DefaultMunicipalityCollection : ICollectionFixture<DefaultMunicipality>
{
    public const string Name = "Default municipality";
}
