using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;

namespace FederatedGraph.GraphQLOverHttp;

/// <summary>
/// Whether every string in a JSON value, property names included, can be read as text. JSON lets a \u escape name
/// half a surrogate pair (<c>"\ud800"</c>), and the parser does not check the UTF-8 inside strings, but such a string
/// is no Unicode text: <see cref="JsonElement.GetString"/> and every deserializer throw on it. Checked once where a
/// request is read, so nothing after that has to expect it.
/// </summary>
internal static class JsonText
{
    public static bool IsReadable(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => IsPlain(JsonMarshal.GetRawUtf8Value(element)) || Reads(() => element.GetString()),
        JsonValueKind.Object => element.EnumerateObject().All(p =>
            (IsPlain(JsonMarshal.GetRawUtf8PropertyName(p)) || Reads(() => p.Name)) && IsReadable(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().All(IsReadable),
        _ => true,
    };

    /// <summary>The common case, without allocating: valid UTF-8 and no escapes to decode.</summary>
    private static bool IsPlain(ReadOnlySpan<byte> raw) => !raw.Contains((byte)'\\') && Utf8.IsValid(raw);

    private static bool Reads(Func<string?> read)
    {
        try
        {
            read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
