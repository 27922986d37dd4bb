using FederatedGraph.Subgraphs.Toolkit.Schema;
using System.Text.RegularExpressions;
using FederatedGraph.Subgraphs.Toolkit.Data;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Toolkit.Tests.Data;

/// <summary>The printed SDL has HotChocolate's names and shapes, so Banana Cake Pop users see familiar inputs.</summary>
public sealed class SchemaShapeTests
{
    private static readonly string Sdl = DataTestHost.Schema.Print(new PrintOptions { IncludeDescriptions = false }).ReplaceLineEndings("\n");

    /// <summary>The printed definition of one type, e.g. <c>input StringOperationFilterInput { ... }</c>.</summary>
    private static string Definition(string sdl, string kind, string name)
    {
        var match = Regex.Match(sdl, $@"^{kind} {name}( @\w+)* \{{\n(.*?)^\}}", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(match.Success, $"No {kind} {name} in the schema.");
        return match.Value;
    }

    private static string Lines(params string[] lines) => string.Join("\n", lines);

    [Fact]
    public void Connection_field_has_HotChocolate_arguments()
        => Assert.Contains(
            "personen(first: Int, after: String, last: Int, before: String, where: PersoonFilterInput, order: [PersoonSortInput!]): PersonenConnection",
            Regex.Replace(Sdl, @"\(\s+|,\s+", match => match.Value.StartsWith('(') ? "(" : ", "));

    [Fact]
    public void Connection_edge_and_page_info_types()
    {
        Assert.Equal(
            Lines("type PersonenConnection {", "  pageInfo: PageInfo!", "  edges: [PersonenEdge!]", "  nodes: [Persoon!]", "  totalCount: Int!", "}"),
            Definition(Sdl, "type", "PersonenConnection"));
        Assert.Equal(
            Lines("type PersonenEdge {", "  cursor: String!", "  node: Persoon!", "}"),
            Definition(Sdl, "type", "PersonenEdge"));
        Assert.Equal(
            Lines("type PageInfo @shareable {", "  hasNextPage: Boolean!", "  hasPreviousPage: Boolean!", "  startCursor: String", "  endCursor: String", "}"),
            Definition(Sdl, "type", "PageInfo"));
        Assert.Contains("type KleinePaginaConnection {", Sdl);
    }

    [Fact]
    public void Entity_filter_input_lists_columns_and_inline_objects_but_not_lists_or_computed_fields()
    {
        Assert.Equal(
            Lines(
                "input PersoonFilterInput {",
                "  and: [PersoonFilterInput!]",
                "  or: [PersoonFilterInput!]",
                "  id: IntOperationFilterInput",
                "  bsn: StringOperationFilterInput",
                "  naam: NaamFilterInput",
                "  huisnummer: IntOperationFilterInput",
                "  inwonersnummer: LongOperationFilterInput",
                "  lengte: FloatOperationFilterInput",
                "  geboortedatum: LocalDateOperationFilterInput",
                "  overlijdensdatum: DateTimeOperationFilterInput",
                "  geheim: BooleanOperationFilterInput",
                "  geslacht: GeslachtOperationFilterInput",
                "  toeslag: DecimalOperationFilterInput",
                "}"),
            Definition(Sdl, "input", "PersoonFilterInput"));
        Assert.Equal(
            Lines(
                "input NaamFilterInput {",
                "  and: [NaamFilterInput!]",
                "  or: [NaamFilterInput!]",
                "  voornamen: StringOperationFilterInput",
                "  voorvoegsel: StringOperationFilterInput",
                "  geslachtsnaam: StringOperationFilterInput",
                "}"),
            Definition(Sdl, "input", "NaamFilterInput"));
    }

    [Fact]
    public void Operation_filter_inputs_have_HotChocolate_operators()
    {
        Assert.Equal(
            Lines(
                "input StringOperationFilterInput {",
                "  and: [StringOperationFilterInput!]",
                "  or: [StringOperationFilterInput!]",
                "  eq: String",
                "  neq: String",
                "  contains: String",
                "  ncontains: String",
                "  in: [String]",
                "  nin: [String]",
                "  startsWith: String",
                "  nstartsWith: String",
                "  endsWith: String",
                "  nendsWith: String",
                "}"),
            Definition(Sdl, "input", "StringOperationFilterInput"));
        Assert.Equal(
            Lines(
                "input IntOperationFilterInput {",
                "  and: [IntOperationFilterInput!]",
                "  or: [IntOperationFilterInput!]",
                "  eq: Int",
                "  neq: Int",
                "  in: [Int]",
                "  nin: [Int]",
                "  gt: Int",
                "  ngt: Int",
                "  gte: Int",
                "  ngte: Int",
                "  lt: Int",
                "  nlt: Int",
                "  lte: Int",
                "  nlte: Int",
                "}"),
            Definition(Sdl, "input", "IntOperationFilterInput"));
        Assert.Equal(
            Lines("input BooleanOperationFilterInput {", "  and: [BooleanOperationFilterInput!]", "  or: [BooleanOperationFilterInput!]", "  eq: Boolean", "  neq: Boolean", "}"),
            Definition(Sdl, "input", "BooleanOperationFilterInput"));
        Assert.Equal(
            Lines("input GeslachtOperationFilterInput {", "  and: [GeslachtOperationFilterInput!]", "  or: [GeslachtOperationFilterInput!]",
                "  eq: Geslacht", "  neq: Geslacht", "  in: [Geslacht]", "  nin: [Geslacht]", "}"),
            Definition(Sdl, "input", "GeslachtOperationFilterInput"));
        foreach (var name in new[] { "Long", "Float", "Decimal", "LocalDate", "DateTime" })
            Assert.Contains("  nlte: ", Definition(Sdl, "input", name + "OperationFilterInput"));
    }

    [Fact]
    public void Sort_inputs_and_sort_enum()
    {
        Assert.Equal(Lines("enum SortEnumType {", "  ASC", "  DESC", "}"), Definition(Sdl, "enum", "SortEnumType"));
        Assert.Equal(
            Lines(
                "input PersoonSortInput {",
                "  id: SortEnumType",
                "  bsn: SortEnumType",
                "  naam: NaamSortInput",
                "  huisnummer: SortEnumType",
                "  inwonersnummer: SortEnumType",
                "  lengte: SortEnumType",
                "  geboortedatum: SortEnumType",
                "  overlijdensdatum: SortEnumType",
                "  geheim: SortEnumType",
                "  geslacht: SortEnumType",
                "  toeslag: SortEnumType",
                "}"),
            Definition(Sdl, "input", "PersoonSortInput"));
        Assert.Equal(
            Lines("input NaamSortInput {", "  voornamen: SortEnumType", "  voorvoegsel: SortEnumType", "  geslachtsnaam: SortEnumType", "}"),
            Definition(Sdl, "input", "NaamSortInput"));
    }

    private sealed class DiSchema : GraphQL.Types.Schema
    {
        public DiSchema(IServiceProvider services) : base(services)
        {
            Query = services.GetRequiredService<TestQuery>();
            CompositeDirectives.Register(this);
        }
    }

    /// <summary>Graph types that need constructor injection, as a registry's might.</summary>
    public sealed class Clock;

    private sealed class InjectedPersoonType : ObjectGraphType<TestPersoon>
    {
        public InjectedPersoonType(Clock clock)
        {
            Name = "Persoon";
            _ = clock;
            this.Column("bsn", e => e.Bsn);
            this.Inline<NaamType>("naam");
        }
    }

    private sealed class InjectedQuery : ObjectGraphType
    {
        public InjectedQuery()
        {
            Name = "Query";
            // A plain LINQ source, not EF: the connection runs it synchronously.
            TestPersoon[] rows = [new() { Id = 1, Bsn = "a", Geslachtsnaam = "X" }, new() { Id = 2, Bsn = "b", Geslachtsnaam = "Y" }, new() { Id = 3, Bsn = "b", Geslachtsnaam = "Z" }];
            this.Connection<TestPersoon, InjectedPersoonType>("personen", _ => rows.AsQueryable(), e => e.Id);
        }
    }

    private sealed class InjectedSchema : GraphQL.Types.Schema
    {
        public InjectedSchema(IServiceProvider services) : base(services)
        {
            Query = services.GetRequiredService<InjectedQuery>();
            CompositeDirectives.Register(this);
        }
    }

    [Theory]
    [InlineData(true)] // registered with AddDataConventions()
    [InlineData(false)] // registered by scanning the toolkit assembly, as the subgraph host does
    public async Task Schema_resolving_graph_types_from_dependency_injection_works_when_the_inputs_are_registered(bool addDataConventions)
    {
        var services = new ServiceCollection();
        services.AddSingleton<Clock>();
        services.AddGraphQL(builder =>
        {
            builder.AddSchema<InjectedSchema>().AddGraphTypes(typeof(SchemaShapeTests).Assembly);
            if (!addDataConventions)
                builder.AddGraphTypes(typeof(Projection).Assembly);
        });
        services.AddTransient<InjectedQuery>().AddTransient<InjectedPersoonType>();
        if (addDataConventions)
            services.AddDataConventions();
        using var provider = services.BuildServiceProvider();

        var schema = provider.GetRequiredService<ISchema>();
        schema.Initialize();
        var sdl = schema.Print(new PrintOptions { IncludeDescriptions = false }).ReplaceLineEndings("\n");

        Assert.Equal(
            Lines("input PersoonFilterInput {", "  and: [PersoonFilterInput!]", "  or: [PersoonFilterInput!]", "  bsn: StringOperationFilterInput", "  naam: NaamFilterInput", "}"),
            Definition(sdl, "input", "PersoonFilterInput"));
        Assert.Contains("input NaamSortInput {", sdl);

        var result = await new DocumentExecuter().ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = """{ personen(first: 1, where: { bsn: { eq: "b" } }, order: [{ naam: { geslachtsnaam: DESC } }]) { totalCount nodes { naam { geslachtsnaam } } } }""";
            options.RequestServices = provider;
            options.ThrowOnUnhandledException = true;
        });
        Assert.Equal(
            """{"data":{"personen":{"totalCount":2,"nodes":[{"naam":{"geslachtsnaam":"Z"}}]}}}""",
            new GraphQL.SystemTextJson.GraphQLSerializer().Serialize(result));
    }

    [Fact]
    public void Without_registration_a_dependency_injection_schema_cannot_resolve_the_inputs()
    {
        var services = new ServiceCollection();
        services.AddSingleton<Clock>();
        services.AddGraphQL(builder => builder.AddSchema<InjectedSchema>().AddGraphTypes(typeof(SchemaShapeTests).Assembly));
        services.AddTransient<InjectedQuery>().AddTransient<InjectedPersoonType>();
        using var provider = services.BuildServiceProvider();

        var exception = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<ISchema>().Initialize());
        // The first toolkit type the container cannot make is reported; which one depends on resolution order.
        Assert.Matches("No service for type '(SharedPageInfoType|FilterInputType<InjectedPersoonType>)", exception.Message);
    }
}
