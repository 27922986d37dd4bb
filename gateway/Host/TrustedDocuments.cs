using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FederatedGraph.Authorization;
using FederatedGraph.GraphQLOverHttp;
using FederatedGraph.Security;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;

namespace FederatedGraph.Gateway;

/// <summary>
/// Documents registered ahead per client (persisted, trusted documents), read at start from one file per client
/// application in <c>Gateway:TrustedDocuments:Directory</c>. A client names one by id (<c>sha256:&lt;hex&gt;</c> of its text,
/// as Relay, Apollo and Hot Chocolate clients send it). Registration checks each document: its id is its hash, it is
/// valid against the public schema, and one of the client's processing activities allows every field it uses. A client
/// set to trusted documents only (or every client, with <c>RequiredForAllClients</c>) may send no other document.
/// </summary>
public sealed class TrustedDocuments
{
    private readonly Dictionary<ClientIdentity, ClientDocuments> _clients;
    private readonly bool _requiredForAllClients;

    private TrustedDocuments(Dictionary<ClientIdentity, ClientDocuments> clients, bool requiredForAllClients)
    {
        _clients = clients;
        _requiredForAllClients = requiredForAllClients;
    }

    /// <summary>The request with the text of the document it names; refuses an id not registered for this client, and
    /// a text of its own from a client that may only send registered documents.</summary>
    public GraphQLRequest Resolve(GraphQLRequest request, AdmittedCaller caller)
    {
        _clients.TryGetValue(caller.Caller.Client, out var registered);
        if (request.DocumentId is { } id)
        {
            if (registered is null || !registered.Documents.TryGetValue(Normalise(id), out var text))
                throw new GraphQLRequestException(StatusCodes.Status400BadRequest, AuthorizationErrorCodes.TrustedDocumentNotFound,
                    $"No document '{id}' is registered for {caller.Caller.Client}.");
            if (request.Query.Length > 0 && request.Query != text)
                throw new GraphQLRequestException(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.MalformedRequest,
                    "The request sends a query that is not the document its id names.");
            return request with { Query = text };
        }
        if (_requiredForAllClients || registered?.Only == true)
            throw new GraphQLRequestException(StatusCodes.Status403Forbidden, AuthorizationErrorCodes.TrustedDocumentRequired,
                $"{caller.Caller.Client} may only send registered documents: send \"documentId\" instead of \"query\".");
        return request;
    }

    /// <summary>Reads and checks every client's documents; a document that fails a check stops the gateway at start.</summary>
    public static TrustedDocuments Load(string? directory, bool requiredForAllClients, PublicSchema schema, ActivityRegister register)
    {
        var clients = new Dictionary<ClientIdentity, ClientDocuments>();
        if (directory is null || !Directory.Exists(directory)) return new TrustedDocuments(clients, requiredForAllClients);
        foreach (var path in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var file = Read(path);
            var documents = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (id, text) in file.Documents)
            {
                var hash = Hash(text);
                if (Normalise(id) != hash)
                    throw new GatewayStartupException($"{path}: the document '{id}' has the hash {hash}; a document's id is the SHA-256 of its text.");
                Check(path, id, text, file.Client, schema, register);
                documents[hash] = text;
            }
            clients[file.Client] = new ClientDocuments(documents, file.TrustedDocumentsOnly);
        }
        return new TrustedDocuments(clients, requiredForAllClients);
    }

    public static string Hash(string text) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Normalise(string id) => id.StartsWith("sha256:", StringComparison.Ordinal) ? id : "sha256:" + id;

    private static void Check(string path, string id, string text, ClientIdentity client, PublicSchema schema, ActivityRegister register)
    {
        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(text);
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException exception)
        {
            throw new GatewayStartupException($"{path}: the document '{id}' does not parse: {exception.Description}");
        }
        var validation = new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema.Schema,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().First(),
            Rules = [.. DocumentValidator.CoreRules, KnownOperationTypesRule.Instance],
            Variables = GraphQL.Inputs.Empty,
            Extensions = GraphQL.Inputs.Empty,
        }).GetAwaiter().GetResult();
        // Variables come with each request; here only the document is judged.
        var errors = validation.Errors.Where(e => e is not InvalidVariableError).ToList();
        if (errors.Count > 0)
            throw new GatewayStartupException($"{path}: the document '{id}' is not valid: {string.Join(" ", errors.Select(e => e.Message))}");

        var permissions = register.Activities.Where(a => a.Grants.Any(g => g.Admits(client))).Select(a => new Permission(a, client)).ToList();
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var coordinates = OperationCoordinateCollector.Collect(schema.Schema, document, operation);
            if (!permissions.Any(p => coordinates.Unauthorised(p).Count == 0))
                throw new GatewayStartupException(
                    $"{path}: no processing activity of {client} allows the document '{id}' ({operation.Name?.StringValue ?? "anonymous operation"}).");
        }
    }

    private static TrustedDocumentsFile Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<TrustedDocumentsFile>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
                   ?? throw new JsonException("The file is empty.");
        }
        catch (JsonException exception)
        {
            throw new GatewayStartupException($"{path} is not a trusted documents file: {exception.Message}");
        }
    }

    private sealed record ClientDocuments(Dictionary<string, string> Documents, bool Only);

    /// <summary><c>{ "client": { "organisation", "application" }, "trustedDocumentsOnly": true, "documents": { "sha256:...": "query ..." } }</c></summary>
    private sealed record TrustedDocumentsFile(ClientIdentity Client, bool TrustedDocumentsOnly, Dictionary<string, string> Documents);
}
