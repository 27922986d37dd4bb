using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;
using FederatedGraph.Composition.SourceSchemas;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>
/// The types and directives every source schema knows without declaring them: GraphQL's built-in scalars and
/// directives, and the Composite Schemas directives with their selection scalars. A schema may declare the
/// composite ones itself; TYPE_DEFINITION_INVALID then checks the declaration against these.
/// </summary>
internal static class BuiltInDefinitions
{
    public const string InterfaceObject = "interfaceObject";

    private const string GraphQLSdl = """
        scalar String
        scalar Int
        scalar Float
        scalar Boolean
        scalar ID
        directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @deprecated(reason: String = "No longer supported") on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE
        directive @specifiedBy(url: String!) on SCALAR
        directive @oneOf on INPUT_OBJECT
        """;

    private const string CompositeSdl = """
        scalar FieldSelectionSet
        scalar FieldSelectionMap
        directive @lookup on FIELD_DEFINITION
        directive @internal on OBJECT | FIELD_DEFINITION
        directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION
        directive @is(field: FieldSelectionMap!) on ARGUMENT_DEFINITION
        directive @require(field: FieldSelectionMap!) on ARGUMENT_DEFINITION
        directive @key(fields: FieldSelectionSet!) repeatable on OBJECT | INTERFACE
        directive @shareable repeatable on OBJECT | FIELD_DEFINITION
        directive @provides(fields: FieldSelectionSet!) on FIELD_DEFINITION
        directive @external on FIELD_DEFINITION
        directive @override(from: String!) on FIELD_DEFINITION
        directive @interfaceObject on OBJECT
        """;

    /// <summary>What the GraphQL specification itself defines.</summary>
    public static readonly SchemaModel GraphQL = Read(GraphQLSdl);

    /// <summary>What the Composite Schemas specification defines for source schemas.</summary>
    public static readonly SchemaModel Composite = Read(CompositeSdl);

    /// <summary>The type a name refers to in the schema: its own definition, or else a built-in one.</summary>
    public static TypeDefinition? Type(SchemaModel schema, string name)
        => schema.Types[name] ?? GraphQL.Types[name] ?? Composite.Types[name];

    /// <summary>The directive a name refers to in the schema: its own definition, or else a built-in one.</summary>
    public static DirectiveDefinition? Directive(SchemaModel schema, string name)
        => schema.DirectiveDefinitions[name] ?? GraphQL.DirectiveDefinitions[name] ?? Composite.DirectiveDefinitions[name];

    public static bool IsBuiltInScalar(string name) => GraphQL.Types.Contains(name);

    private static SchemaModel Read(string sdl)
    {
        var log = new CompositionLog();
        var schema = SdlReader.Read("built-in", sdl, log);
        if (schema is null || log.HasErrors) throw new InvalidOperationException("The built-in definitions do not read: " + string.Join("; ", log.Entries));
        return schema;
    }
}
