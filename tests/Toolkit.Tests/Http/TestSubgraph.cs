using FederatedGraph.ProcessingLog;
using System.Collections.Concurrent;
using FederatedGraph.Security.Testing;
using FederatedGraph.Subgraphs.Toolkit.Batching;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using FederatedGraph.Subgraphs.Toolkit.Http;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FederatedGraph.Subgraphs.Toolkit.Tests.Http;

public sealed record Item(string Id, string Name, string? ParentId);

/// <summary>An in-memory store that records every batch fetch, so tests can count round trips.</summary>
public sealed class ItemStore
{
    public readonly ConcurrentQueue<IReadOnlyList<string>> Fetches = new();

    public Item? Find(string id) => int.TryParse(id, out var n) && n is >= 1 and <= 1000
        ? new Item(id, $"item {n}", n > 1 ? (n / 2).ToString() : null)
        : null;

    public Task<IReadOnlyDictionary<string, Item>> FetchByIdAsync(IReadOnlyList<string> ids, CancellationToken _)
    {
        Fetches.Enqueue(ids);
        IReadOnlyDictionary<string, Item> found = ids.Distinct().Select(Find).OfType<Item>().ToDictionary(i => i.Id);
        return Task.FromResult(found);
    }

    public Task<IReadOnlyDictionary<string, Item[]>> FetchChildrenAsync(IReadOnlyList<string> parentIds, CancellationToken _)
    {
        Fetches.Enqueue(parentIds);
        IReadOnlyDictionary<string, Item[]> children = parentIds.Distinct().ToDictionary(
            p => p,
            p => new[] { Find((int.Parse(p) * 2).ToString()), Find((int.Parse(p) * 2 + 1).ToString()) }.OfType<Item>().ToArray());
        return Task.FromResult(children);
    }
}

public sealed class ItemType : ObjectGraphType<Item>
{
    public ItemType()
    {
        Name = "Item";
        this.Key("id");
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemType>>>>("children")
            .Resolve(context => Loaders.Children(context).Load(context.Source.Id));
        Field<ItemType>("parent")
            .Resolve(context => context.Source.ParentId is null ? null : Loaders.ById(context).Load(context.Source.ParentId));
        Field<StringGraphType>("boom")
            .Resolve(_ => throw new InvalidOperationException("secret: Password=hunter2"));
        // Fields that only exist to show every Composite Schemas directive in the printed SDL.
        Field<StringGraphType>("label").Shareable().Resolve(context => context.Source.Name);
        Field<StringGraphType>("owner").External().Resolve(_ => null);
        Field<StringGraphType>("secretNote").Inaccessible().Resolve(_ => null);
        Field<StringGraphType>("audit").Internal().Resolve(_ => null);
        Field<ItemType>("sibling").Provides("name").Resolve(_ => null);
        Field<StringGraphType>("shippingEstimate")
            .Argument<IntGraphType>("weight", configure: a => a.Require("dimension.weight"))
            .Resolve(_ => null);
    }
}

public static class Loaders
{
    public static BatchLoader<string, Item> ById(IResolveFieldContext context)
    {
        var store = context.RequestServices!.GetRequiredService<ItemStore>();
        return context.RequestServices!.GetRequiredService<BatchScheduler>()
            .GetOrAddLoader("itemById", scheduler => new BatchLoader<string, Item>(scheduler, store.FetchByIdAsync));
    }

    public static BatchLoader<string, Item[]> Children(IResolveFieldContext context)
    {
        var store = context.RequestServices!.GetRequiredService<ItemStore>();
        return context.RequestServices!.GetRequiredService<BatchScheduler>()
            .GetOrAddLoader("itemChildren", scheduler => new BatchLoader<string, Item[]>(scheduler, store.FetchChildrenAsync));
    }
}

public sealed class TestQueryType : ObjectGraphType
{
    public TestQueryType()
    {
        Name = "Query";
        Field<ItemType>("itemById")
            .Argument<NonNullGraphType<IdGraphType>>("id", configure: a => a.Is("id"))
            .Lookup()
            .Resolve(context => Loaders.ById(context).Load(context.GetArgument<string>("id")));
        Field<StringGraphType>("hello").Resolve(_ => "world");
    }
}

public sealed class TestMutationType : ObjectGraphType
{
    public TestMutationType()
    {
        Name = "Mutation";
        Field<StringGraphType>("touch").Resolve(_ => "touched");
    }
}

public sealed class TestSchema : SubgraphSchema
{
    public TestSchema(IServiceProvider services) : base(services)
    {
        Query = services.GetRequiredService<TestQueryType>();
        Mutation = services.GetRequiredService<TestMutationType>();
    }
}

/// <summary>The test subgraph served over real HTTP on a loopback port.</summary>
public sealed class TestSubgraphServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestSubgraphServer(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }
    public ItemStore Store => _app.Services.GetRequiredService<ItemStore>();

    public static async Task<TestSubgraphServer> StartAsync(SubgraphLimits? limits = null)
    {
        var builder = WebApplication.CreateSlimBuilder(
        [
            .. TestIssuer.ProcessSettings("test"),
            $"--{RegistrySecurity.FileSetting}={Path.Combine(AppContext.BaseDirectory, "Http", "authorisations.json")}",
        ]);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Host.UseDefaultServiceProvider(provider => provider.ValidateOnBuild = provider.ValidateScopes = false);
        SubgraphHost.AddSubgraphServices<TestSchema>(builder.Services, limits ?? new SubgraphLimits(), "test");
        builder.Services.AddSingleton<ItemStore>();
        builder.Services.AddRegistrySecurity<TestSchema>("test", builder.Configuration, builder.Environment);
        // The processing log in a file of its own: the test items live in memory.
        var log = new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(Path.GetTempPath(), $"federatedgraph-toolkit-{Guid.NewGuid():N}.db")}" };
        builder.Services.AddRegistryProcessingLog("test", builder.Configuration, builder.Environment, log, serving: true);
        var app = builder.Build();
        await app.Services.GetRequiredService<ProcessingLogStore>().MigrateAsync();
        app.MapGraphQLEndpoint();
        await app.StartAsync();
        return new TestSubgraphServer(app, TestIssuer.AuthoriseAsDeveloper(new HttpClient { BaseAddress = new Uri(app.Urls.First()) }));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
