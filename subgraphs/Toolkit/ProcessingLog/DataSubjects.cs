using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using FederatedGraph.Subgraphs.Toolkit.Data;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace FederatedGraph.Subgraphs.Toolkit.ProcessingLog;

/// <summary>That objects of a graph type are about a natural person, and how to read the person's identifier from one.</summary>
public sealed record DataSubjectDeclaration(string IdType, Func<object, string?> ReadId, IReadOnlyList<MemberInfo> Members);

/// <summary>
/// How a registry says which of its types concern a data subject (<c>this.DataSubject(p =&gt; p.Burgerservicenummer)</c>).
/// The toolkit then records every such object an answer contains and writes the processing log for them; projection
/// always loads the identifier, whatever the query selects.
/// </summary>
public static class DataSubjects
{
    public const string Bsn = "BSN";

    private const string MetadataKey = "federatedgraph:dataSubject";

    /// <param name="id">The subject's identifier; null when this object is about no natural person (a company as owner).</param>
    public static void DataSubject<TSource>(this ComplexGraphType<TSource> type, Expression<Func<TSource, string?>> id, string idType = Bsn)
    {
        var read = id.Compile();
        type.WithMetadata(MetadataKey, new DataSubjectDeclaration(idType, source => source is TSource typed ? read(typed) : null, EntityMemberFinder.Find(id)));
    }

    public static DataSubjectDeclaration? DataSubjectOf(IGraphType type) => type.GetMetadata<DataSubjectDeclaration?>(MetadataKey);
}

/// <summary>The data subjects one HTTP request's answers concern; resolvers run in parallel, so adding is thread-safe.</summary>
public sealed class ProcessedSubjects
{
    private readonly ConcurrentDictionary<(string IdType, string Id), byte> _subjects = new();

    public void Add(string idType, string id) => _subjects.TryAdd((idType, id), 0);

    public IReadOnlyCollection<(string IdType, string Id)> All => [.. _subjects.Keys];

    public int Count => _subjects.Count;
}

/// <summary>
/// Wraps the resolver of every field of a data-subject type, so that resolving any field of such an object (the answer
/// then contains something of it) records its subject for the request. Types without a declaration are left alone.
/// </summary>
internal sealed class DataSubjectRecording : BaseSchemaNodeVisitor
{
    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (DataSubjects.DataSubjectOf(type) is { } subject)
            field.Resolver = new RecordingResolver(field.Resolver ?? NameFieldResolver.Instance, subject);
    }

    private sealed class RecordingResolver(IFieldResolver inner, DataSubjectDeclaration subject) : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
        {
            if (context.Source is { } source && subject.ReadId(source) is { Length: > 0 } id
                && context.RequestServices?.GetService(typeof(RequestProcessing)) is RequestProcessing processing)
                processing.Subjects.Add(subject.IdType, id);
            return inner.ResolveAsync(context);
        }
    }
}
