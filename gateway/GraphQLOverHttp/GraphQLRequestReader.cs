using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace FederatedGraph.GraphQLOverHttp;

/// <summary>
/// Reads GraphQL-over-HTTP requests: GET with query parameters, POST with an application/json body
/// holding one request object or a list of them (request batching), whose "variables" may be a list
/// (variable batching). Anything else is refused with a <see cref="GraphQLRequestException"/>.
/// </summary>
public sealed class GraphQLRequestReader(GraphQLRequestLimits limits)
{
    // A name twice in one object has no agreed meaning (RFC 8259 leaves it open): refuse it, rather than let
    // one reader take the first value and another the last.
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    public async Task<GraphQLHttpPayload> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method)) return ReadGet(request.Query);
        if (!HttpMethods.IsPost(request.Method))
            throw new GraphQLRequestException(StatusCodes.Status405MethodNotAllowed, GraphQLHttpErrorCodes.MethodNotAllowed, "Use GET or POST.");

        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (!string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase))
            throw new GraphQLRequestException(StatusCodes.Status415UnsupportedMediaType, GraphQLHttpErrorCodes.UnsupportedMediaType,
                "POST requests must have Content-Type: application/json.");

        if (request.ContentLength > limits.MaxRequestBytes)
            throw TooLarge();

        JsonDocument body;
        try
        {
            await using var limited = new LimitedReadStream(request.Body, limits.MaxRequestBytes);
            body = await JsonDocument.ParseAsync(limited, Strict, cancellationToken);
        }
        catch (JsonException exception)
        {
            throw new GraphQLRequestException(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.MalformedRequest,
                $"The request body is not valid JSON: {exception.Message}");
        }
        catch (InvalidOperationException)
        {
            // What checking for duplicate names throws when a name is not text (see Readable).
            throw NotText("The request body");
        }
        catch (LimitedReadStream.LimitExceededException)
        {
            throw TooLarge();
        }

        // The document stays alive with the payload's JsonElements; it is small and request scoped.
        var root = Readable(body.RootElement, "The request body");
        return root.ValueKind switch
        {
            JsonValueKind.Object => new GraphQLHttpPayload([ReadRequestObject(root)], IsRequestBatch: false),
            JsonValueKind.Array => ReadRequestBatch(root),
            _ => throw Malformed("The request body must be a JSON object or a list of objects."),
        };
    }

    private GraphQLHttpPayload ReadRequestBatch(JsonElement root)
    {
        var count = root.GetArrayLength();
        if (count == 0) throw Malformed("A request batch must hold at least one request.");
        if (count > limits.MaxBatchSize)
            throw new GraphQLRequestException(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.BatchTooLarge,
                $"A batch may hold at most {limits.MaxBatchSize} requests; this one holds {count}.");
        var requests = new List<GraphQLRequest>(count);
        foreach (var item in root.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object) throw Malformed("Every entry of a request batch must be a JSON object.");
            requests.Add(ReadRequestObject(item));
        }
        if (requests.Sum(r => r.VariableSets.Count) > limits.MaxBatchSize)
            throw new GraphQLRequestException(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.BatchTooLarge,
                $"A batch may hold at most {limits.MaxBatchSize} executions.");
        return new GraphQLHttpPayload(requests, IsRequestBatch: true);
    }

    private GraphQLRequest ReadRequestObject(JsonElement element)
    {
        string? query = null, operationName = null, documentId = null;
        JsonElement? extensions = null;
        List<JsonElement?> variableSets = [null];
        var isVariableBatch = false;

        foreach (var property in element.EnumerateObject())
        {
            switch (property.Name)
            {
                case "query":
                    query = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()
                        : property.Value.ValueKind == JsonValueKind.Null ? null
                        : throw Malformed("\"query\" must be a string.");
                    break;
                case "operationName":
                    operationName = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString(),
                        JsonValueKind.Null => null,
                        _ => throw Malformed("\"operationName\" must be a string."),
                    };
                    break;
                case "variables":
                    (variableSets, isVariableBatch) = ReadVariables(property.Value);
                    break;
                case "documentId" or "doc_id" or "id" when limits.AcceptsDocumentIds:
                    documentId = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()
                        : property.Value.ValueKind == JsonValueKind.Null ? null
                        : throw Malformed($"\"{property.Name}\" must be a string.");
                    break;
                case "extensions":
                    extensions = property.Value.ValueKind switch
                    {
                        JsonValueKind.Object => property.Value,
                        JsonValueKind.Null => null,
                        _ => throw Malformed("\"extensions\" must be an object."),
                    };
                    break;
            }
        }

        return Request(query, operationName, variableSets, isVariableBatch, extensions, documentId);
    }

    /// <summary>A request object needs its query, or, where document ids are accepted, the id of a registered document.</summary>
    private GraphQLRequest Request(string? query, string? operationName, List<JsonElement?> variableSets, bool isVariableBatch,
        JsonElement? extensions, string? documentId)
    {
        if (limits.AcceptsDocumentIds) documentId ??= PersistedQueryHash(extensions);
        else documentId = null;
        if (string.IsNullOrWhiteSpace(query) && string.IsNullOrWhiteSpace(documentId))
            throw Malformed(limits.AcceptsDocumentIds ? "The request has no \"query\" and no \"documentId\"." : "The request has no \"query\".");
        return new GraphQLRequest(query ?? "", operationName, variableSets, isVariableBatch, extensions) { DocumentId = documentId };
    }

    /// <summary>Apollo's persisted query: <c>{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"..."}}}</c>.</summary>
    private static string? PersistedQueryHash(JsonElement? extensions)
        => extensions is { } e && e.TryGetProperty("persistedQuery", out var persisted) && persisted.ValueKind == JsonValueKind.Object
           && persisted.TryGetProperty("sha256Hash", out var hash) && hash.ValueKind == JsonValueKind.String
            ? "sha256:" + hash.GetString()
            : null;

    private (List<JsonElement?> Sets, bool IsBatch) ReadVariables(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return ([null], false);
            case JsonValueKind.Object:
                return ([value], false);
            case JsonValueKind.Array:
                var count = value.GetArrayLength();
                if (count == 0) throw Malformed("A variable batch must hold at least one variables map.");
                if (count > limits.MaxBatchSize)
                    throw new GraphQLRequestException(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.BatchTooLarge,
                        $"A variable batch may hold at most {limits.MaxBatchSize} variables maps; this one holds {count}.");
                var sets = new List<JsonElement?>(count);
                foreach (var set in value.EnumerateArray())
                {
                    if (set.ValueKind != JsonValueKind.Object) throw Malformed("Every entry of a variable batch must be a JSON object.");
                    sets.Add(set);
                }
                return (sets, true);
            default:
                throw Malformed("\"variables\" must be an object or a list of objects.");
        }
    }

    private GraphQLHttpPayload ReadGet(IQueryCollection query)
    {
        var operationName = query["operationName"].ToString();
        var documentId = new[] { "documentId", "doc_id", "id" }.Select(name => query[name].ToString()).FirstOrDefault(id => id.Length > 0);
        return new GraphQLHttpPayload(
            [Request(query["query"].ToString(), operationName.Length == 0 ? null : operationName,
                [ParseJsonParameter(query, "variables")], false, ParseJsonParameter(query, "extensions"), documentId)],
            IsRequestBatch: false);
    }

    private static JsonElement? ParseJsonParameter(IQueryCollection query, string name)
    {
        var text = query[name].ToString();
        if (text.Length == 0) return null;
        try
        {
            using var document = JsonDocument.Parse(text, Strict);
            var element = Readable(document.RootElement, $"\"{name}\"");
            if (element.ValueKind == JsonValueKind.Null) return null;
            if (element.ValueKind != JsonValueKind.Object) throw Malformed($"\"{name}\" must be a JSON object.");
            return element.Clone();
        }
        catch (JsonException exception)
        {
            throw Malformed($"\"{name}\" is not valid JSON: {exception.Message}");
        }
        catch (InvalidOperationException)
        {
            throw NotText($"\"{name}\"");
        }
    }

    private static JsonElement Readable(JsonElement root, string what) => JsonText.IsReadable(root) ? root : throw NotText(what);

    private static GraphQLRequestException NotText(string what)
        => Malformed($"{what} holds a string that is not Unicode text, such as an unpaired surrogate escape (\\ud800).");

    private GraphQLRequestException TooLarge()
        => new(StatusCodes.Status413PayloadTooLarge, GraphQLHttpErrorCodes.RequestTooLarge,
            $"The request body is larger than {limits.MaxRequestBytes} bytes.");

    private static GraphQLRequestException Malformed(string message)
        => new(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.MalformedRequest, message);
}
