using FederatedGraph.Authorization;
using FederatedGraph.Subgraphs.Toolkit.Lookups;
using FederatedGraph.ProcessingLog;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Toolkit.ProcessingLog;

/// <summary>Which registry a schema belongs to; names the registry's own field on <c>Betrokkene</c>.</summary>
public sealed record RegistryIdentity(string Name)
{
    /// <summary><c>verwerkingenBrp</c>: one field per registry, so that the gateway asks every registry for its part.</summary>
    public string ProcessingField => "verwerkingen" + char.ToUpperInvariant(Name[0]) + Name[1..];
}

/// <summary>A data subject as the inzage (right of access) knows it: only the BSN.</summary>
public sealed record BetrokkeneReferentie(string Burgerservicenummer);

/// <summary>
/// <c>Betrokkene</c>, an entity every registry contributes to: each adds the processing of the subject's data it
/// logged itself. Through the gateway one query so returns the subject's history at every registry.
/// </summary>
public sealed class BetrokkeneType : ObjectGraphType<BetrokkeneReferentie>
{
    public BetrokkeneType(RegistryIdentity registry)
    {
        Name = "Betrokkene";
        Description = "Een betrokkene in het logboek dataverwerkingen: de natuurlijke persoon over wie gegevens zijn verwerkt.";
        this.Key("burgerservicenummer");
        Field(b => b.Burgerservicenummer).Description("Het burgerservicenummer (BSN) van de betrokkene.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VerwerkingType>>>>(registry.ProcessingField)
            .Description($"Wat de {registry.Name.ToUpperInvariant()} met de gegevens van deze betrokkene heeft gedaan, nieuwste eerst. " +
                         "Alleen voor de betrokkene zelf (zonder vertrouwelijke verwerkingen) en voor de privacyfunctionaris.")
            .Argument<DateTimeGraphType>("van", "Vanaf dit moment (inclusief).")
            .Argument<DateTimeGraphType>("tot", "Tot dit moment (exclusief).")
            .ResolveAsync(async context => await Inzage.ReadAsync(context.RequestServices!, context.Source.Burgerservicenummer,
                ToUtc(context.GetArgument<DateTime?>("van")), ToUtc(context.GetArgument<DateTime?>("tot")), context.CancellationToken));
    }

    private static DateTime? ToUtc(DateTime? moment) => moment?.Kind == DateTimeKind.Unspecified
        ? DateTime.SpecifyKind(moment.Value, DateTimeKind.Utc) : moment?.ToUniversalTime();

    /// <summary>The field the toolkit adds to every registry's Query: the entry point of the inzage, and the lookup the
    /// gateway uses to reach each registry's part.</summary>
    public const string LookupFieldName = "betrokkene";

    public static FieldType LookupField()
    {
        var field = new FieldType
        {
            Name = LookupFieldName,
            Description = "De betrokkene met dit burgerservicenummer, om in te zien wie diens gegevens verwerkte, waarvoor en wanneer.",
            Type = typeof(BetrokkeneType),
            Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "burgerservicenummer" }.Is("burgerservicenummer")),
            Resolver = new GraphQL.Resolvers.FuncFieldResolver<BetrokkeneReferentie>(context => new BetrokkeneReferentie(BsnArgument.Read(context))),
        };
        field.ApplyDirective(CompositeDirectives.Lookup);
        // Every registry resolves it: the gateway may start the inzage at any of them.
        field.ApplyDirective(CompositeDirectives.Shareable);
        return field;
    }
}

/// <summary>One processing of the subject's data, from a registry's log.</summary>
public sealed class VerwerkingType : ObjectGraphType<Verwerking>
{
    public VerwerkingType()
    {
        Name = "Verwerking";
        Description = "Eén verwerking van persoonsgegevens zoals het logboek dataverwerkingen haar vastlegt.";
        this.ShareableType();
        Field(v => v.Naam).Description("Wat er gebeurde.");
        Field<NonNullGraphType<VerwerkingsactiviteitType>>("verwerkingsactiviteit").Description("Het doel: de verwerkingsactiviteit uit het register.")
            .Resolve(context => context.Source.Activiteit);
        Field(v => v.Organisatie).Description("Het OIN van de organisatie die de gegevens verwerkte.");
        Field(v => v.Applicatie).Description("De applicatie van die organisatie.");
        Field(v => v.Bron).Description("De registratie die de gegevens leverde en de verwerking vastlegde.");
        Field(v => v.Start, type: typeof(NonNullGraphType<DateTimeGraphType>)).Description("Begin van de verwerking (UTC).");
        Field(v => v.Eind, type: typeof(NonNullGraphType<DateTimeGraphType>)).Description("Einde van de verwerking (UTC).");
        Field(v => v.Status).Description("Ok, Error of Unset, zoals het logboek dataverwerkingen ze kent.");
        Field(v => v.TraceId).Description("Het W3C trace-id: verbindt de verwerkingen van één verzoek bij de gateway en alle registraties.");
    }
}

public sealed class VerwerkingsactiviteitType : ObjectGraphType<Verwerkingsactiviteit>
{
    public VerwerkingsactiviteitType()
    {
        Name = "Verwerkingsactiviteit";
        Description = "Een verwerkingsactiviteit (doel) uit het register van verwerkingsactiviteiten.";
        this.ShareableType();
        Field(a => a.Id).Description("De URI van de activiteit in het register.");
        Field(a => a.Versie).Description("De versie van de activiteit bij de verwerking.");
        Field(a => a.Naam, nullable: true).Description("De naam van de activiteit; leeg wanneer deze registratie haar niet meer kent.");
    }
}

public sealed record Verwerking(string Naam, Verwerkingsactiviteit Activiteit, string Organisatie, string Applicatie, string Bron,
    DateTime Start, DateTime Eind, string Status, string TraceId);

public sealed record Verwerkingsactiviteit(string Id, string Versie, string? Naam);

/// <summary>The inzage's field: a subject's records at this registry, as <see cref="Verwerking"/>s.</summary>
internal static class Inzage
{
    public static async Task<IReadOnlyList<Verwerking>> ReadAsync(IServiceProvider services, string bsn, DateTime? from, DateTime? until, CancellationToken cancellationToken)
    {
        var records = await ProcessingLogReading.ReadAsync(services, new ProcessingRecordFilter { From = from, Until = until },
                          (DataSubjects.Bsn, bsn), cancellationToken)
            ?? throw new ExecutionError("Deze verwerkingsactiviteit geeft geen inzage in de verwerkingen van deze betrokkene.")
            { Code = ProcessingLogErrorCodes.AccessDenied };
        var register = services.GetRequiredService<ActivityRegister>();
        return [.. records.Select(record => new Verwerking(record.Name,
            new Verwerkingsactiviteit(record.ProcessingActivityId, record.ProcessingActivityVersion, register.Find(record.ProcessingActivityId)?.Name),
            record.ProcessorOrganisation, record.ProcessorApplication, record.Source,
            DateTime.SpecifyKind(record.StartTime, DateTimeKind.Utc), DateTime.SpecifyKind(record.EndTime, DateTimeKind.Utc),
            record.Status.ToString(), record.TraceId))];
    }
}
