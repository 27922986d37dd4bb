using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>
/// Root types are merged by name across source schemas, so each must carry its operation's standard name,
/// and a type with that name must not be anything but the root type.
/// </summary>
public abstract class RootTypeNamingRule : ISourceSchemaRule
{
    public abstract string Code { get; }

    /// <summary>The operation, e.g. "query".</summary>
    protected abstract string Operation { get; }

    /// <summary>The name the root type must have, e.g. "Query".</summary>
    protected abstract string StandardName { get; }

    protected abstract string? RootTypeName(SchemaModel schema);

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        var rootName = RootTypeName(schema);
        if (rootName is not null && rootName != StandardName)
        {
            var location = schema.Types[rootName]?.Location ?? schema.SchemaDefinitionLocation;
            log.Error(Code, schema.Name, location,
                $"The {Operation} root type is named {rootName}. Rename it to {StandardName}, the name composition merges {Operation} root types by.");
        }
        else if (rootName is null && schema.Types[StandardName] is { } named)
        {
            log.Error(Code, schema, named,
                $"The type {StandardName} is not the {Operation} root type. Make it the {Operation} root type in the schema definition, or rename it.");
        }
    }
}

/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Root-Query-Used"/>
public sealed class RootQueryUsedRule : RootTypeNamingRule
{
    public override string Code => "ROOT_QUERY_USED";

    protected override string Operation => "query";

    protected override string StandardName => "Query";

    protected override string? RootTypeName(SchemaModel schema) => schema.QueryTypeName;
}

/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Root-Mutation-Used"/>
public sealed class RootMutationUsedRule : RootTypeNamingRule
{
    public override string Code => "ROOT_MUTATION_USED";

    protected override string Operation => "mutation";

    protected override string StandardName => "Mutation";

    protected override string? RootTypeName(SchemaModel schema) => schema.MutationTypeName;
}

/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Root-Subscription-Used"/>
public sealed class RootSubscriptionUsedRule : RootTypeNamingRule
{
    public override string Code => "ROOT_SUBSCRIPTION_USED";

    protected override string Operation => "subscription";

    protected override string StandardName => "Subscription";

    protected override string? RootTypeName(SchemaModel schema) => schema.SubscriptionTypeName;
}
