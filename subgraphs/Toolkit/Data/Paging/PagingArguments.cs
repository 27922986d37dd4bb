using GraphQL;

namespace FederatedGraph.Subgraphs.Toolkit.Data;

/// <summary>The rows of one page: skip this many rows of the sorted list, then take this many.</summary>
internal readonly record struct PageWindow(int Skip, int Take);

/// <summary>
/// The validated <c>first/after/last/before</c> of a connection field, with cursors decoded to offsets.
/// <c>after</c> and <c>before</c> bound the list; <c>first</c> pages forward from the start of that range,
/// <c>last</c> backward from its end.
/// </summary>
internal sealed record PagingArguments(int? First, int? Last, int? After, int? Before)
{
    public static PagingArguments Read(IResolveFieldContext context, PagingOptions options)
    {
        var first = PageSize(context, "first", options);
        var last = PageSize(context, "last", options);
        if (first is not null && last is not null)
            throw DataErrors.InvalidPaging("Use either 'first' or 'last', not both.");
        var after = Offset(context, "after");
        var before = Offset(context, "before");
        return new PagingArguments(first ?? (last is null ? options.DefaultPageSize : null), last, after, before);
    }

    /// <summary><c>last</c> without <c>before</c> counts back from the end, so it needs the row count.</summary>
    public bool NeedsTotalCount => Last is not null && Before is null;

    /// <param name="totalCount">The number of rows matching the filter, if it was counted.</param>
    public PageWindow Window(int? totalCount)
    {
        var start = After is { } after ? after + 1 : 0;
        var end = Before ?? totalCount; // exclusive
        if (Last is { } last)
        {
            var stop = end ?? throw new InvalidOperationException("Paging backward without 'before' needs the row count.");
            var from = Math.Max(start, stop - last);
            return new PageWindow(from, Math.Max(0, stop - from));
        }

        var take = First!.Value;
        if (end is { } bound)
            take = Math.Min(take, Math.Max(0, bound - start));
        return new PageWindow(start, take);
    }

    private static int? PageSize(IResolveFieldContext context, string argument, PagingOptions options)
    {
        var size = context.GetArgument<int?>(argument);
        if (size < 0)
            throw DataErrors.InvalidPaging($"'{argument}' must not be negative, but is {size}.");
        if (size > options.MaxPageSize)
            throw DataErrors.PageSizeExceeded(argument, size.Value, options.MaxPageSize);
        return size;
    }

    private static int? Offset(IResolveFieldContext context, string argument)
    {
        var cursor = context.GetArgument<string?>(argument);
        if (cursor is null)
            return null;
        return Cursor.Decode(cursor) ?? throw DataErrors.InvalidCursor(argument);
    }
}
