using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Toolkit.Schema;

/// <summary>Fluent helpers that apply the Composite Schemas directives to code-first types.</summary>
public static class CompositeDirectiveExtensions
{
    /// <summary><c>@key(fields: "...")</c>: the entity can be identified by these fields.</summary>
    public static TType Key<TType>(this TType type, string fields) where TType : IComplexGraphType
        => type.ApplyDirective(CompositeDirectives.Key, "fields", fields);

    /// <summary><c>@shareable</c> on a type: every field may also be resolved by other source schemas.</summary>
    public static TType ShareableType<TType>(this TType type) where TType : IComplexGraphType
        => type.ApplyDirective(CompositeDirectives.Shareable);

    /// <summary><c>@internal</c> on a type: only the gateway may use it.</summary>
    public static TType InternalType<TType>(this TType type) where TType : IComplexGraphType
        => type.ApplyDirective(CompositeDirectives.Internal);

    /// <summary><c>@lookup</c>: the gateway may resolve the returned entity by this field's arguments.</summary>
    public static FieldBuilder<TSource, TReturn> Lookup<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
        => field.ApplyDirective(CompositeDirectives.Lookup);

    /// <summary><c>@internal</c>: hidden from clients; only the gateway calls it.</summary>
    public static FieldBuilder<TSource, TReturn> Internal<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
        => field.ApplyDirective(CompositeDirectives.Internal);

    /// <summary><c>@inaccessible</c>: hidden from the composed schema.</summary>
    public static FieldBuilder<TSource, TReturn> Inaccessible<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
        => field.ApplyDirective(CompositeDirectives.Inaccessible);

    /// <summary><c>@shareable</c>: another source schema resolves the same field with the same value.</summary>
    public static FieldBuilder<TSource, TReturn> Shareable<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
        => field.ApplyDirective(CompositeDirectives.Shareable);

    /// <summary><c>@external</c>: the field is owned elsewhere; this schema only provides it on some paths.</summary>
    public static FieldBuilder<TSource, TReturn> External<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
        => field.ApplyDirective(CompositeDirectives.External);

    /// <summary><c>@provides(fields: "...")</c>: this field's result already carries these fields.</summary>
    public static FieldBuilder<TSource, TReturn> Provides<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string fields)
        => field.ApplyDirective(CompositeDirectives.Provides, "fields", fields);

    /// <summary><c>@is(field: "...")</c> on an argument: maps a lookup argument onto the entity's key.</summary>
    public static QueryArgument Is(this QueryArgument argument, string field)
        => argument.ApplyDirective(CompositeDirectives.Is, "field", field);

    /// <summary><c>@require(field: "...")</c> on an argument: the gateway fetches this field from another source schema and passes it in.</summary>
    public static QueryArgument Require(this QueryArgument argument, string field)
        => argument.ApplyDirective(CompositeDirectives.Require, "field", field);
}

/// <summary>What the Composite Schemas directives say about a field or argument of a served schema.</summary>
public static class CompositeDirectiveQueries
{
    /// <summary>A lookup: the gateway resolves entities by it on a caller's behalf.</summary>
    public static bool IsLookup(this IFieldType field) => field.FindAppliedDirective(CompositeDirectives.Lookup) is not null;

    /// <summary>An argument the gateway fills in itself with data from another source schema.</summary>
    public static bool IsRequired(this QueryArgument argument) => argument.FindAppliedDirective(CompositeDirectives.Require) is not null;

    /// <summary>The field selection map of a <c>@require</c> argument: what the gateway fetches for it.</summary>
    public static string RequiredField(this QueryArgument argument)
        => (string)argument.FindAppliedDirective(CompositeDirectives.Require)!.FindArgument("field")!.Value!;
}
