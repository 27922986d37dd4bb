using FederatedGraph.Subgraphs.Toolkit.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Toolkit.Tests.Data;

public enum Geslacht
{
    Man,
    Vrouw,
    Onbekend,
}

/// <summary>A flat entity: one row per person; the GraphQL <c>naam</c> object is read from its columns.</summary>
public sealed class TestPersoon
{
    public int Id { get; set; }
    public string Bsn { get; set; } = "";
    public string? Voornamen { get; set; }
    public string? Voorvoegsel { get; set; }
    public string Geslachtsnaam { get; set; } = "";
    public int Huisnummer { get; set; }
    public long? Inwonersnummer { get; set; }
    public double Lengte { get; set; }
    public DateOnly Geboortedatum { get; set; }
    public DateTime? Overlijdensdatum { get; set; }
    public bool Geheim { get; set; }
    public Geslacht Geslacht { get; set; }
    public decimal? Toeslag { get; set; }
    public List<string> Nationaliteiten { get; set; } = [];
}

public sealed class TestDb(DbContextOptions<TestDb> options) : DbContext(options)
{
    public DbSet<TestPersoon> Personen => Set<TestPersoon>();
}

public sealed class NaamType : ObjectGraphType<TestPersoon>
{
    public NaamType()
    {
        Name = "Naam";
        this.Column("voornamen", e => e.Voornamen, nullable: true);
        this.Column("voorvoegsel", e => e.Voorvoegsel, nullable: true);
        this.Column("geslachtsnaam", e => e.Geslachtsnaam);
        Field<NonNullGraphType<StringGraphType>>("volledigeNaam")
            .Resolve(context => string.Join(" ",
                new[] { context.Source.Voornamen, context.Source.Voorvoegsel, context.Source.Geslachtsnaam }.Where(part => !string.IsNullOrEmpty(part))))
            .Reads(e => e.Voornamen, e => e.Voorvoegsel, e => e.Geslachtsnaam);
    }
}

public sealed class PersoonType : ObjectGraphType<TestPersoon>
{
    public PersoonType()
    {
        Name = "Persoon";
        this.Column("id", e => e.Id);
        this.Column("bsn", e => e.Bsn);
        this.Inline<NaamType>("naam");
        this.Column("huisnummer", e => e.Huisnummer);
        this.Column("inwonersnummer", e => e.Inwonersnummer, nullable: true);
        this.Column("lengte", e => e.Lengte);
        this.Column("geboortedatum", e => e.Geboortedatum);
        this.Column("overlijdensdatum", e => e.Overlijdensdatum, nullable: true);
        this.Column("geheim", e => e.Geheim);
        this.Column("geslacht", e => e.Geslacht);
        this.Column("toeslag", e => e.Toeslag, nullable: true);
        this.Column("nationaliteiten", e => e.Nationaliteiten);
    }
}

public sealed class TestQuery : ObjectGraphType
{
    public TestQuery()
    {
        Name = "Query";
        this.Connection<TestPersoon, PersoonType>("personen", context => Db(context).Personen, e => e.Id);
        this.Connection<TestPersoon, PersoonType>("kleinePagina", context => Db(context).Personen, e => e.Id,
            new PagingOptions { DefaultPageSize = 2, MaxPageSize = 3 });

        // A lookup that loads one row with only the selected columns, from the selection set it is given.
        Field<PersoonType>("persoon")
            .Argument<NonNullGraphType<IntGraphType>>("id")
            .ResolveAsync(async context =>
            {
                var id = context.GetArgument<int>("id");
                var graphType = (IComplexGraphType)context.FieldDefinition.ResolvedType!.GetNamedType();
                var projection = Projection.For<TestPersoon>(context, context.FieldAst.SelectionSet, graphType, e => e.Id);
                context.RequestServices!.GetRequiredService<ProjectionLog>().Signatures.Add(projection.Signature);
                var query = projection.ApplyTo(Db(context).Personen.Where(p => p.Id == id));
                return await QueryGate.RunAsync(query, () => query.FirstOrDefaultAsync(context.CancellationToken), context.CancellationToken);
            });
    }

    private static TestDb Db(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<TestDb>();
}

/// <summary>Lets a test see the projection signature a resolver used.</summary>
public sealed class ProjectionLog
{
    public List<string> Signatures { get; } = [];
}
