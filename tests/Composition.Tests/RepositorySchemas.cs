using FederatedGraph.Checkout;
using FederatedGraph.Composition.SourceSchemas;

namespace FederatedGraph.Composition.Tests;

/// <summary>The committed source schemas of the registries, read from <c>schema/&lt;name&gt;/schema.graphqls</c>.</summary>
internal static class RepositorySchemas
{
    public static string Root { get; } = RepositoryRoot.Find(AppContext.BaseDirectory);

    public static IReadOnlyList<SourceSchema> All => Directory.GetDirectories(Path.Combine(Root, "schema"))
        .Where(d => File.Exists(Path.Combine(d, "schema.graphqls")))
        .OrderBy(d => d, StringComparer.Ordinal)
        .Select(d => SourceSchema.FromSdl(Path.GetFileName(d), File.ReadAllText(Path.Combine(d, "schema.graphqls"))))
        .ToArray();

    public static IReadOnlyList<SourceSchema> Named(params string[] names) => All.Where(s => names.Contains(s.Name)).ToArray();
}
