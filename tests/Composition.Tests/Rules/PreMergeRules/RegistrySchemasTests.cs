using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.SourceSchemas;
using FederatedGraph.Composition.Validation;

namespace FederatedGraph.Composition.Tests.Rules.PreMergeRules;

/// <summary>The registries' committed source schemas pass every pre-merge rule against each other.</summary>
public sealed class RegistrySchemasTests
{
    private static readonly string[] Registries = ["brp", "bag", "hr", "woz", "brk"];

    [Fact]
    public void The_registry_schemas_pass_the_pre_merge_rules()
    {
        var log = new CompositionLog();
        var schemas = Registries.Select(name => SdlReader.Read(name, File.ReadAllText(SchemaFile(name)), log)!).ToArray();
        Assert.Empty(log.Entries);

        // The rules run directly, so the outcome does not depend on the other phases.
        foreach (var rule in CompositionRules.PreMergeRules) rule.Validate(schemas, log);

        Assert.Empty(log.Entries.Select(e => e.ToString()));
    }

    private static string SchemaFile(string registry)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var file = Path.Combine(directory.FullName, "schema", registry, "schema.graphqls");
            if (File.Exists(file)) return file;
        }
        throw new FileNotFoundException($"schema/{registry}/schema.graphqls not found above {AppContext.BaseDirectory}.");
    }
}
