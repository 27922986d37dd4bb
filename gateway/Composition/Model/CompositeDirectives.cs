namespace FederatedGraph.Composition.Model;

/// <summary>The Composite Schemas directives a source schema uses to tell composition and the gateway its intent.</summary>
public static class CompositeDirectives
{
    public const string Key = "key";
    public const string Lookup = "lookup";
    public const string Is = "is";
    public const string Require = "require";
    public const string Shareable = "shareable";
    public const string Internal = "internal";
    public const string Inaccessible = "inaccessible";
    public const string Provides = "provides";
    public const string External = "external";
    public const string Override = "override";
    public const string InterfaceObject = "interfaceObject";

    public const string FieldSelectionSet = "FieldSelectionSet";
    public const string FieldSelectionMap = "FieldSelectionMap";

    /// <summary>The directive and scalar names the spec reserves; a source schema may declare them, but only as specified.</summary>
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        Key, Lookup, Is, Require, Shareable, Internal, Inaccessible, Provides, External, Override, InterfaceObject,
    };

    public static bool IsInaccessible(this SchemaElement element) => element.HasDirective(Inaccessible);

    public static bool IsInternal(this SchemaElement element) => element.HasDirective(Internal);

    public static bool IsExternal(this OutputFieldDefinition field) => field.HasDirective(External);

    public static bool IsLookup(this OutputFieldDefinition field) => field.HasDirective(Lookup);

    /// <summary>
    /// An object type marked <c>@interfaceObject</c>: a stand-in through which a source schema contributes
    /// fields to an interface that another source schema defines.
    /// </summary>
    public static bool IsInterfaceObject(this TypeDefinition type)
        => type is ComplexTypeDefinition { Kind: TypeKind.Object } && type.HasDirective(InterfaceObject);

    /// <summary>A field is shareable when it, or the type definition it is declared in, carries <c>@shareable</c>.</summary>
    public static bool IsShareable(this OutputFieldDefinition field, ComplexTypeDefinition declaringType)
        => field.HasDirective(Shareable) || declaringType.HasDirective(Shareable);

    /// <summary>The <c>fields</c> of each <c>@key</c> on the type (null where the argument is not a string).</summary>
    public static IEnumerable<DirectiveApplication> Keys(this TypeDefinition type) => type.DirectivesNamed(Key);

    /// <summary>The selection set of <c>@provides(fields:)</c>, or null.</summary>
    public static string? ProvidesFields(this OutputFieldDefinition field) => field.Directive(Provides)?.StringArgument("fields");

    /// <summary>The source schema named by <c>@override(from:)</c>, or null.</summary>
    public static string? OverrideFrom(this OutputFieldDefinition field) => field.Directive(Override)?.StringArgument("from");

    /// <summary>The field selection map of <c>@is(field:)</c> on a lookup argument, or null.</summary>
    public static string? IsMap(this InputValueDefinition argument) => argument.Directive(Is)?.StringArgument("field");

    /// <summary>The field selection map of <c>@require(field:)</c> on an argument, or null.</summary>
    public static string? RequireMap(this InputValueDefinition argument) => argument.Directive(Require)?.StringArgument("field");
}
