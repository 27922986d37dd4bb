using System.Text.Json;
using GraphQLParser.AST;

namespace FederatedGraph.Gateway;

/// <summary>A line and column in the query text, both counted from 1.</summary>
public readonly record struct ErrorLocation(int Line, int Column)
{
    public static ErrorLocation Of(GraphQLDocument document, ASTNode node)
    {
        var location = GraphQLParser.Location.FromLinearPosition(document.Source, node.Location.Start);
        return new ErrorLocation(location.Line, location.Column);
    }
}

/// <summary>An error the gateway host reports itself, before or instead of execution.</summary>
public sealed record RequestError(string Message, string Code, IReadOnlyList<ErrorLocation>? Locations = null)
{
    /// <summary>The schema coordinate the error is about, for authorisation refusals.</summary>
    public string? Coordinate { get; init; }

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("message", Message);
        if (Locations is { Count: > 0 })
        {
            writer.WriteStartArray("locations");
            foreach (var location in Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        writer.WriteStartObject("extensions");
        writer.WriteString("code", Code);
        if (Coordinate is not null) writer.WriteString("coordinate", Coordinate);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}

/// <summary>The operation cannot be executed: syntax, validation, variables or limits. Answered with
/// 400 under application/graphql-response+json and 200 under application/json.</summary>
public sealed class OperationRejectedException(IReadOnlyList<RequestError> errors) : Exception(errors[0].Message)
{
    public OperationRejectedException(RequestError error) : this([error]) { }

    public IReadOnlyList<RequestError> Errors { get; } = errors;
}
