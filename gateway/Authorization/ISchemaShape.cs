namespace FederatedGraph.Authorization;

/// <summary>What resolving declared grants needs to know of a schema: its types, their fields, what each field
/// returns and which arguments it takes. Composition answers it from a source schema, a registry from its own.</summary>
public interface ISchemaShape
{
    /// <summary>The fields of an object or interface type; null when there is no such type with fields.</summary>
    IReadOnlyList<string>? FieldsOf(string type);

    /// <summary>The named type a field returns (lists and non-null unwrapped); null when there is no such field.</summary>
    string? FieldTypeName(string type, string field);

    /// <summary>The arguments of a field; null when there is no such field.</summary>
    IReadOnlyList<string>? ArgumentsOf(string type, string field);
}
