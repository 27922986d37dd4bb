using GraphQL.Types;
using GraphQLParser.AST;

namespace FederatedGraph.Subgraphs.Toolkit.Schema;

/// <summary>
/// The source-schema directives of the GraphQL Composite Schemas spec. Every subgraph schema
/// declares them so its exported SDL is a valid source schema for composition.
/// </summary>
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

    /// <summary>The names of all of them.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
        { Key, Lookup, Is, Require, Shareable, Internal, Inaccessible, Provides, External, Override };

    /// <summary>Registers the directive definitions and their scalars on a schema.</summary>
    public static void Register(ISchema schema)
    {
        var selectionSet = new FieldSelectionSetGraphType();
        var selectionMap = new FieldSelectionMapGraphType();
        schema.RegisterType(selectionSet);
        schema.RegisterType(selectionMap);

        schema.Directives.Register(
            Define(Key, repeatable: true, [DirectiveLocation.Object, DirectiveLocation.Interface],
                Argument<FieldSelectionSetGraphType>("fields")),
            Define(Lookup, repeatable: false, [DirectiveLocation.FieldDefinition]),
            Define(Is, repeatable: false, [DirectiveLocation.ArgumentDefinition],
                Argument<FieldSelectionMapGraphType>("field")),
            Define(Require, repeatable: false, [DirectiveLocation.ArgumentDefinition],
                Argument<FieldSelectionMapGraphType>("field")),
            Define(Shareable, repeatable: true, [DirectiveLocation.Object, DirectiveLocation.FieldDefinition]),
            Define(Internal, repeatable: false, [DirectiveLocation.Object, DirectiveLocation.FieldDefinition]),
            Define(Inaccessible, repeatable: false,
            [
                DirectiveLocation.FieldDefinition, DirectiveLocation.Object, DirectiveLocation.Interface,
                DirectiveLocation.Union, DirectiveLocation.ArgumentDefinition, DirectiveLocation.Scalar,
                DirectiveLocation.Enum, DirectiveLocation.EnumValue, DirectiveLocation.InputObject,
                DirectiveLocation.InputFieldDefinition,
            ]),
            Define(Provides, repeatable: false, [DirectiveLocation.FieldDefinition],
                Argument<FieldSelectionSetGraphType>("fields")),
            Define(External, repeatable: false, [DirectiveLocation.FieldDefinition]),
            Define(Override, repeatable: false, [DirectiveLocation.FieldDefinition],
                Argument<StringGraphType>("from")));
    }

    private static Directive Define(string name, bool repeatable, DirectiveLocation[] locations, params QueryArgument[] arguments)
        => new(name, locations)
        {
            Repeatable = repeatable,
            Arguments = arguments.Length == 0 ? null : new QueryArguments(arguments),
        };

    private static QueryArgument Argument<TScalar>(string name) where TScalar : ScalarGraphType
        => new QueryArgument<NonNullGraphType<TScalar>> { Name = name };
}

/// <summary><c>scalar FieldSelectionSet</c>: a selection set written as a string, used by @key and @provides.</summary>
public sealed class FieldSelectionSetGraphType : StringGraphType
{
    public const string TypeName = "FieldSelectionSet";

    public FieldSelectionSetGraphType() => Name = TypeName;
}

/// <summary><c>scalar FieldSelectionMap</c>: a path into the parent type, used by @is and @require.</summary>
public sealed class FieldSelectionMapGraphType : StringGraphType
{
    public const string TypeName = "FieldSelectionMap";

    public FieldSelectionMapGraphType() => Name = TypeName;
}
