using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace FederatedGraph.Subgraphs.Toolkit.Data;

/// <summary>
/// The columns a request needs from <typeparamref name="TEntity"/>, and the <c>Select</c> that loads only those:
/// <c>e =&gt; new TEntity { A = e.A, B = e.B }</c>, which EF Core turns into <c>SELECT a, b</c>.
/// Instances are cached per member set, so equal selections share one expression.
/// </summary>
public sealed class EntityProjection<TEntity>
{
    // Clients choose the member sets, so the cache is bounded; past the bound projections are built per request.
    private const int MaxCached = 4096;
    private static readonly ConcurrentDictionary<string, EntityProjection<TEntity>> Cache = new();

    private EntityProjection(IReadOnlyList<MemberInfo> members, string signature, Expression<Func<TEntity, TEntity>>? selector)
    {
        Members = members;
        Signature = signature;
        Selector = selector;
    }

    /// <summary>The needed members, ordered by name.</summary>
    public IReadOnlyList<MemberInfo> Members { get; }

    /// <summary>
    /// The member names joined in a fixed order, e.g. <c>"Geslachtsnaam,Id"</c>. Two requests with the same
    /// signature load the same columns, so a batch loader can group their keys into one query.
    /// </summary>
    public string Signature { get; }

    /// <summary>
    /// The member-init selector, or null when the entity can't be rebuilt from its members (no parameterless
    /// constructor, or a member without a setter); then the whole row is loaded.
    /// </summary>
    public Expression<Func<TEntity, TEntity>>? Selector { get; }

    /// <summary>Appends the <c>Select</c>; apply it after Where/OrderBy/Skip/Take.</summary>
    public IQueryable<TEntity> ApplyTo(IQueryable<TEntity> query) => Selector is null ? query : query.Select(Selector);

    /// <summary>The projection of exactly these members (members of other types are ignored).</summary>
    public static EntityProjection<TEntity> Of(IEnumerable<MemberInfo> members)
    {
        var ordered = members
            .Where(member => member.DeclaringType?.IsAssignableFrom(typeof(TEntity)) == true)
            .DistinctBy(member => member.Name)
            .OrderBy(member => member.Name, StringComparer.Ordinal)
            .ToArray();
        var signature = string.Join(",", ordered.Select(member => member.Name));
        if (Cache.TryGetValue(signature, out var cached))
            return cached;
        var projection = new EntityProjection<TEntity>(ordered, signature, BuildSelector(ordered));
        return Cache.Count < MaxCached ? Cache.GetOrAdd(signature, projection) : projection;
    }

    private static Expression<Func<TEntity, TEntity>>? BuildSelector(IReadOnlyList<MemberInfo> members)
    {
        if (typeof(TEntity).GetConstructor(Type.EmptyTypes) is null || !members.All(IsWritable))
            return null;
        var entity = Expression.Parameter(typeof(TEntity), "e");
        var bindings = members.Select(member => Expression.Bind(member, Expression.MakeMemberAccess(entity, member)));
        return Expression.Lambda<Func<TEntity, TEntity>>(Expression.MemberInit(Expression.New(typeof(TEntity)), bindings), entity);
    }

    private static bool IsWritable(MemberInfo member) => member switch
    {
        PropertyInfo property => property.CanWrite,
        FieldInfo field => !field.IsInitOnly,
        _ => false,
    };
}
