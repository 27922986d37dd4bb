using System.Globalization;
using System.Text;

namespace FederatedGraph.Subgraphs.Toolkit.Data;

/// <summary>
/// Opaque offset cursors: base64 of the row's zero-based position in the filtered, sorted list.
/// Clients must treat them as opaque; only this type reads them.
/// </summary>
internal static class Cursor
{
    private const string Prefix = "offset:";

    public static string Encode(int offset)
        => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The offset in <paramref name="cursor"/>, or null when it isn't one of ours.</summary>
    public static int? Decode(string cursor)
    {
        var bytes = new byte[cursor.Length];
        if (!Convert.TryFromBase64String(cursor, bytes, out var length))
            return null;
        var text = Encoding.UTF8.GetString(bytes, 0, length);
        // The last offset is kept below int.MaxValue so "the row after it" is still an int.
        return text.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            && offset < int.MaxValue
                ? offset
                : null;
    }
}
