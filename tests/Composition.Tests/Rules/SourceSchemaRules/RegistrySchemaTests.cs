using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.SourceSchemas;
using FederatedGraph.Composition.Validation;

namespace FederatedGraph.Composition.Tests.Rules.SourceSchemaRules;

/// <summary>The registries' committed source schemas must pass every source-schema rule.</summary>
public sealed class RegistrySchemaTests
{
    public static TheoryData<string> SchemaFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot(), "schema"), "schema.graphqls", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(RepositoryRoot(), file));
        return data;
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void A_committed_source_schema_passes_every_source_schema_rule(string file)
    {
        var log = new CompositionLog();
        var name = Path.GetFileName(Path.GetDirectoryName(file))!;
        var schema = SdlReader.Read(name, File.ReadAllText(Path.Combine(RepositoryRoot(), file)), log);

        Assert.NotNull(schema);
        foreach (var rule in CompositionRules.SourceSchemaRules) rule.Validate(schema, log);
        Assert.True(!log.HasErrors, string.Join(Environment.NewLine, log.Errors));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FederatedGraph.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("FederatedGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
