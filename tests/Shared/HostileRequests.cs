using System.Text;

namespace FederatedGraph.Tests.Shared;

/// <summary>One generated HTTP request to a GraphQL endpoint. <see cref="Body"/> is bytes, so it can hold what no
/// string can (invalid UTF-8); a null <see cref="ContentType"/> or <see cref="Accept"/> leaves that header out.</summary>
public sealed record HostileRequest(HttpMethod Method, string Target, byte[]? Body, string? ContentType, string? Accept)
{
    public override string ToString()
    {
        var body = Body is null ? "" : " body " + Shorten(Encoding.UTF8.GetString(Body));
        return $"{Method} {Shorten(Target)} Content-Type: {ContentType ?? "(none)"} Accept: {Shorten(Accept ?? "(none)")}{body}";
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : $"{text[..200]}… ({text.Length} chars)";
}

/// <summary>What a target understands: valid operations to start from (variables as <c>$name</c>) and names of its
/// fields, so that part of what is generated gets past parsing into validation and execution.</summary>
public sealed record HostileVocabulary(IReadOnlyList<string> Operations, IReadOnlyList<string> Fields);

/// <summary>
/// Generates malformed and hostile GraphQL-over-HTTP requests: broken JSON, wrong types, deep nesting, huge numbers,
/// invalid Unicode and NUL bytes, invalid GraphQL, unknown fields, absurd variables, batches, GET parameters, other
/// methods, odd content types and Accept headers. The same <see cref="Random"/> seed gives the same request.
/// </summary>
public sealed class HostileRequestGenerator(HostileVocabulary vocabulary, string path = "/graphql")
{
    private static readonly string?[] Accepts =
    [
        null, "application/graphql-response+json", "application/json", "*/*", "application/jsonl",
        "application/graphql-response+json, application/json;q=0.9", "text/html", "text/plain", "application/*",
        "application/graphql-response+json;q=0", ";;,,=", "application/xml, */*;q=0.1", new string('a', 2000),
    ];

    private static readonly string?[] ContentTypes =
    [
        null, "application/json; charset=utf-8", "APPLICATION/JSON", "application/json; charset=latin1", "application/json;;;",
        "application/graphql", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/jsonl", ";", "application/json-patch+json",
    ];

    private static readonly HttpMethod[] OtherMethods = [HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Options];

    /// <summary>JSON texts that are wrong in one way each.</summary>
    private static readonly string[] BrokenJson =
    [
        "", " ", "{", "}", "[", "]", "{]", "[}", "{\"query\"", "{\"query\":}", "{\"query\":\"{ a }\",}", "{'query':'{ a }'}",
        "{query: \"{ a }\"}", "// comment\n{}", "{\"query\": NaN}", "{\"query\": Infinity}", "\"{ __typename }\"", "null", "true",
        "{\"query\": \"\\x41\"}", "{\"query\": \"\\u12\"}", "{\"query\": \"a\nb\"}", "{\"query\": \"\t\"}", "{} {}", "[] x",
        "{\"a\":1e}", "{\"a\":01}", "{\"a\":-}", "{\"a\":.5}", "{\"a\":+1}", "\ufeff{\"query\":\"{ __typename }\"}",
    ];

    /// <summary>Numbers no CLR type holds, and some that are merely awkward.</summary>
    private static readonly string[] Numbers =
    [
        "0", "-0", "1", "-1", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "1e400", "-1e400", "1e-400",
        "123456789012345678901234567890123456789012345678901234567890", "0.1", "1.0", "1E2", "-0.0", "4.9e-324", "1.7976931348623157e308",
        "3.14159265358979323846264338327950288419716939937510582097494459", new string('9', 5000),
    ];

    /// <summary>Pieces of JSON string content (already escaped for JSON), hostile ones among them.</summary>
    private static readonly string[] StringPieces =
    [
        "a", "persoon", "999990019", "1", "", " ", "ë", "😀", "\\ud83d\\ude00", "\\ud800", "\\udc00", "\\udfff\\ud800", "\\ud800x",
        "\\u0000", "\\u001f", "\\\"", "\\\\", "\\n", "{", "}", "$", "#", "\\u2028", "\\ufffe", "\\uffff", "__typename", "null",
    ];

    /// <summary>GraphQL tokens to build nonsense from.</summary>
    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "...", "@", "$", "=", "!", "|", "&", "query", "mutation", "subscription", "fragment",
        "on", "__typename", "__schema", "__type", "true", "null", "\"s\"", "\"\"\"block\"\"\"", "1", "-1.5e9", "a", "\"\\u0000\"",
        "\"\\uD800\"", "#", "\n", ",", "@skip(if: true)", "@include(if: $v)", "@unknown", "schema", "type", "extend",
    ];

    public HostileRequest Next(Random random) => random.Next(20) switch
    {
        < 11 => Post(random, Utf8(RequestObject(random))),
        < 12 => Post(random, Utf8(Batch(random))),
        < 13 => Post(random, Utf8(Pick(random, BrokenJson))),
        < 14 => Post(random, Utf8(Value(random, depth: 0))),
        < 16 => Post(random, Corrupt(random, Utf8(RequestObject(random)))),
        < 19 => Get(random),
        _ => new HostileRequest(Pick(random, OtherMethods), path, Utf8(RequestObject(random)), "application/json", Pick(random, Accepts)),
    };

    private HostileRequest Post(Random random, byte[] body)
        => new(HttpMethod.Post, path, body, random.Next(5) == 0 ? Pick(random, ContentTypes) : "application/json", Pick(random, Accepts));

    private HostileRequest Get(Random random)
    {
        var parameters = new List<string>();
        if (random.Next(8) != 0) parameters.Add("query=" + Escape(random, Query(random)));
        if (random.Next(8) == 0) parameters.Add("query=" + Escape(random, Query(random)));
        if (random.Next(3) == 0) parameters.Add("operationName=" + Escape(random, OperationName(random)));
        if (random.Next(2) == 0) parameters.Add("variables=" + Escape(random, random.Next(4) == 0 ? Value(random, 0) : Variables(random)));
        if (random.Next(4) == 0) parameters.Add("extensions=" + Escape(random, Value(random, 0)));
        if (random.Next(6) == 0) parameters.Add(Pick(random, ["%", "%zz", "%00", "%ED%A0%80", "%FF%FE", "a=%C0%80", "=", "&&", "query", "query="]));
        var target = path + "?" + string.Join("&", parameters);
        // Beyond 8 KB (after HttpClient escapes what was left raw) the request line is refused by Kestrel itself, with
        // an empty 414, before the endpoint under test sees it.
        return new HostileRequest(HttpMethod.Get, target.Length > 2500 ? target[..2500] : target, null, null, Pick(random, Accepts));
    }

    /// <summary>Percent-escapes a parameter, now and then leaving it raw so that odd characters arrive as they are.</summary>
    private static string Escape(Random random, string value)
        => random.Next(6) == 0 ? value.Replace("&", "%26").Replace("#", "%23").Replace(" ", "+") : Uri.EscapeDataString(value);

    private string RequestObject(Random random)
    {
        var members = new List<string>();
        if (random.Next(10) != 0) members.Add("\"query\":" + (random.Next(8) == 0 ? Value(random, 0) : JsonString(Query(random))));
        if (random.Next(3) == 0) members.Add("\"operationName\":" + (random.Next(6) == 0 ? Value(random, 0) : JsonString(OperationName(random))));
        if (random.Next(2) == 0) members.Add("\"variables\":" + random.Next(8) switch
        {
            0 => Value(random, 0),
            1 => "[" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => Variables(random))) + "]",
            _ => Variables(random),
        });
        if (random.Next(4) == 0) members.Add("\"extensions\":" + (random.Next(3) == 0 ? Value(random, 0) : """{"includePlan":true}"""));
        if (random.Next(5) == 0) members.Add(JsonString(Name(random)) + ":" + Value(random, 0));
        if (random.Next(12) == 0 && members.Count > 0) members.Add(members[random.Next(members.Count)]);
        Shuffle(random, members);
        return "{" + string.Join(",", members) + "}";
    }

    private string Batch(Random random) => "[" + string.Join(",", Enumerable.Range(0, random.Next(6)).Select(_ =>
        random.Next(4) == 0 ? Value(random, 0) : RequestObject(random))) + "]";

    /// <summary>GraphQL text: a known operation, changed or not, or something made up.</summary>
    private string Query(Random random)
    {
        var operation = Pick(random, vocabulary.Operations);
        return random.Next(14) switch
        {
            < 4 => operation,
            4 => operation[..random.Next(operation.Length)],
            5 => operation.Insert(random.Next(operation.Length), " " + Pick(random, Tokens) + " "),
            6 => operation.Replace(Pick(random, vocabulary.Fields), Pick(random, ["schoenmaat", "__type", "a" + random.Next(), "__schema"])),
            7 => string.Join(" ", Enumerable.Range(0, random.Next(1, 40)).Select(_ => Pick(random, Tokens))),
            8 => Nested(random, Pick(random, vocabulary.Fields), random.Next(1, 3000)),
            9 => "{ " + string.Join(" ", Enumerable.Range(0, random.Next(1, 3000)).Select(i => $"a{i}: __typename")) + " }",
            10 => $"{{ {Pick(random, vocabulary.Fields)}(first: {Pick(random, Numbers)}, where: {GraphQLValue(random, 0)}) {{ __typename }} }}",
            11 => FragmentBomb(random),
            12 => operation + new string(Pick(random, ['\0', '\uFFFF', '\uD800', '\u200B', '\t']), random.Next(1, 20)),
            _ => Pick(random, ["mutation { x }", "subscription { x }", "query { __typename } query { __typename }", "fragment F on Query { ...F } { ...F }",
                "query($v: Int = \"a\") { __typename }", "{ __typename @skip(if: $undefined) }", "query Q { __typename } query Q { __typename }",
                "{ __type(name: \"\\uD800\") { name } }", "{ __schema { types { fields { type { ofType { ofType { name } } } } } } }"]),
        };
    }

    private static string Nested(Random random, string field, int depth)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++) builder.Append(random.Next(3) == 0 ? "... on Query { " : field + " { ");
        builder.Append("__typename");
        for (var i = 0; i < depth; i++) builder.Append(" }");
        return "{ " + builder + " }";
    }

    /// <summary>Fragments that each spread the next one twice: linear text, exponential when expanded.</summary>
    private static string FragmentBomb(Random random)
    {
        var levels = random.Next(2, 40);
        var builder = new StringBuilder("{ ...F0 }");
        for (var i = 0; i < levels; i++) builder.Append($" fragment F{i} on Query {{ __typename ...F{i + 1} ...F{i + 1} }}");
        builder.Append($" fragment F{levels} on Query {{ __typename }}");
        return builder.ToString();
    }

    private static string GraphQLValue(Random random, int depth) => random.Next(depth > 30 ? 4 : 7) switch
    {
        0 => Pick(random, Numbers),
        1 => "\"" + Pick(random, ["a", "\\u0000", "\\uD800", "\\uDC00\\uD800", "😀", ""]) + "\"",
        2 => Pick(random, ["null", "true", "A", "$v"]),
        3 => new string('[', Math.Max(1, 200 - depth)) + new string(']', Math.Max(1, 200 - depth)),
        4 or 5 => "[" + GraphQLValue(random, depth + 1) + "]",
        _ => "{ " + Pick(random, ["a", "eq", "and", "or", "burgerservicenummer"]) + ": " + GraphQLValue(random, depth + 1) + " }",
    };

    private string OperationName(Random random) => random.Next(4) switch
    {
        0 => "",
        1 => Name(random),
        _ => "Q",
    };

    /// <summary>A variables object: the operations' own names with any value, unknown names, or very many.</summary>
    private string Variables(Random random)
    {
        var names = vocabulary.Operations.SelectMany(VariableNames).Distinct().ToList();
        if (random.Next(10) == 0)
            return "{" + string.Join(",", Enumerable.Range(0, random.Next(1000, 5000)).Select(i => $"\"v{i}\":{i}")) + "}";
        return "{" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(i =>
            JsonString(random.Next(3) == 0 || names.Count == 0 ? Name(random) + i : Pick(random, names)) + ":" + Value(random, 0))) + "}";
    }

    private static IEnumerable<string> VariableNames(string operation)
        => System.Text.RegularExpressions.Regex.Matches(operation, @"\$(\w+)").Select(m => m.Groups[1].Value);

    /// <summary>Any JSON value, hostile ones favoured; nesting now and then beyond what parsers allow.</summary>
    private static string Value(Random random, int depth) => random.Next(depth > 8 ? 6 : 10) switch
    {
        0 => "null",
        1 => Pick(random, ["true", "false"]),
        2 or 3 => Pick(random, Numbers),
        4 or 5 => "\"" + StringContent(random) + "\"",
        6 => "[" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => Value(random, depth + 1))) + "]",
        7 => "{" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => $"\"{StringContent(random)}\":{Value(random, depth + 1)}")) + "}",
        8 => Deep(random, random.Next(2, 200)),
        _ => "\"" + new string('x', random.Next(1, 100_000)) + "\"",
    };

    private static string Deep(Random random, int depth)
    {
        var (open, close) = random.Next(2) == 0 ? ("[", "]") : ("{\"a\":", "}");
        return string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
    }

    private static string StringContent(Random random)
        => string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => Pick(random, StringPieces)));

    private static string Name(Random random) => random.Next(3) == 0 ? StringContent(random) : Pick(random, ["x", "query", "variables", "bsn", "id", "__proto__"]);

    /// <summary>A JSON string holding <paramref name="text"/>; what JSON cannot hold raw is escaped, lone surrogates included.</summary>
    private static string JsonString(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\') builder.Append('\\').Append(c);
            else if (c < ' ' || char.IsSurrogate(c)) builder.Append($"\\u{(int)c:x4}");
            else builder.Append(c);
        }
        return builder.Append('"').ToString();
    }

    /// <summary>Breaks the bytes: cut short, a byte changed, bytes that are no UTF-8, a raw NUL, garbage after.</summary>
    private static byte[] Corrupt(Random random, byte[] body)
    {
        var bytes = body.ToList();
        var at = random.Next(bytes.Count + 1);
        switch (random.Next(6))
        {
            case 0: return [.. bytes.Take(at)];
            case 1 when bytes.Count > 0: bytes[Math.Min(at, bytes.Count - 1)] = (byte)random.Next(256); break;
            case 2: bytes.InsertRange(at, Pick(random, new byte[][] { [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80] })); break;
            case 3: bytes.Insert(at, 0); break;
            case 4: bytes.InsertRange(0, [0xEF, 0xBB, 0xBF]); break;
            default: bytes.AddRange(Encoding.UTF8.GetBytes(Pick(random, ["}", "]", "x", "\0", " {}"]))); break;
        }
        return [.. bytes];
    }

    /// <summary>Strings with lone surrogates become U+FFFD here; invalid text is made in <see cref="Corrupt"/> and by escapes.</summary>
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static void Shuffle<T>(Random random, List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
