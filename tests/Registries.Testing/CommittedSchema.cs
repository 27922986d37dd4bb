using FederatedGraph.Checkout;
using FederatedGraph.Subgraphs.Toolkit.Hosting;

namespace FederatedGraph.Registries.Testing;

/// <summary>Reads the reviewed source schema of a registry from <c>schema/&lt;registry&gt;/schema.graphqls</c>.</summary>
public static class CommittedSchema
{
    public static string Read(string registry)
        => File.ReadAllText(Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "schema", registry, "schema.graphqls")).ReplaceLineEndings("\n");
}
