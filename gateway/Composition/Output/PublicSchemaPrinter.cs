using System.Text;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Output;

/// <summary>
/// Prints the public schema, what clients of the gateway see, as SDL: the composite schema without hidden
/// members (see <see cref="PublicSurface"/>) and without the composite-schema directives, which only concern
/// composition and the gateway. Descriptions, deprecations and default values stay. The output is
/// deterministic: root types first, then types by name; members in merged order.
/// </summary>
public static class PublicSchemaPrinter
{
    private const string Indent = "  ";

    public static string Print(SchemaModel schema)
    {
        var surface = new PublicSurface(schema);
        var definitions = new List<string>();
        if (SchemaDefinition(schema, surface) is { } schemaDefinition) definitions.Add(schemaDefinition);
        definitions.AddRange(surface.Types.Select(type => Type(type, surface)));
        return string.Join("\n", definitions);
    }

    /// <summary>Only needed when a root type does not have its default name.</summary>
    private static string? SchemaDefinition(SchemaModel schema, PublicSurface surface)
    {
        (string Operation, string? Type, string Default)[] roots =
        [
            ("query", schema.QueryTypeName, "Query"),
            ("mutation", schema.MutationTypeName, "Mutation"),
            ("subscription", schema.SubscriptionTypeName, "Subscription"),
        ];
        var present = roots.Where(r => r.Type is not null && surface.IsVisible(r.Type)).ToList();
        if (present.All(r => r.Type == r.Default)) return null;
        return "schema {\n" + string.Concat(present.Select(r => $"{Indent}{r.Operation}: {r.Type}\n")) + "}\n";
    }

    private static string Type(TypeDefinition type, PublicSurface surface)
    {
        var sdl = new StringBuilder();
        SdlText.AppendDescription(sdl, type.Description, "");
        switch (type)
        {
            case ComplexTypeDefinition complex:
                sdl.Append(complex.Kind == TypeKind.Object ? "type " : "interface ").Append(complex.Name);
                var interfaces = surface.Interfaces(complex).ToList();
                if (interfaces.Count > 0) sdl.Append(" implements ").Append(string.Join(" & ", interfaces));
                sdl.Append(" {\n");
                foreach (var field in surface.Fields(complex)) Field(sdl, field, surface);
                sdl.Append("}\n");
                break;
            case UnionTypeDefinition union:
                sdl.Append("union ").Append(union.Name).Append(" = ").Append(string.Join(" | ", surface.Members(union))).Append('\n');
                break;
            case EnumTypeDefinition enumType:
                sdl.Append("enum ").Append(enumType.Name).Append(" {\n");
                foreach (var value in surface.Values(enumType))
                {
                    SdlText.AppendDescription(sdl, value.Description, Indent);
                    sdl.Append(Indent).Append(value.Name).Append(Deprecation(value)).Append('\n');
                }
                sdl.Append("}\n");
                break;
            case InputObjectTypeDefinition input:
                sdl.Append("input ").Append(input.Name).Append(" {\n");
                foreach (var field in surface.Fields(input))
                {
                    SdlText.AppendDescription(sdl, field.Description, Indent);
                    sdl.Append(Indent).Append(InputValue(field)).Append('\n');
                }
                sdl.Append("}\n");
                break;
            default:
                sdl.Append("scalar ").Append(type.Name).Append('\n');
                break;
        }
        return sdl.ToString();
    }

    private static void Field(StringBuilder sdl, OutputFieldDefinition field, PublicSurface surface)
    {
        SdlText.AppendDescription(sdl, field.Description, Indent);
        sdl.Append(Indent).Append(field.Name);
        var arguments = surface.Arguments(field).ToList();
        if (arguments.Count > 0 && arguments.TrueForAll(a => string.IsNullOrEmpty(a.Description)))
        {
            sdl.Append('(').Append(string.Join(", ", arguments.Select(InputValue))).Append(')');
        }
        else if (arguments.Count > 0)
        {
            // Described arguments go one per line, each under its description.
            sdl.Append("(\n");
            foreach (var argument in arguments)
            {
                SdlText.AppendDescription(sdl, argument.Description, Indent + Indent);
                sdl.Append(Indent + Indent).Append(InputValue(argument)).Append('\n');
            }
            sdl.Append(Indent).Append(')');
        }
        sdl.Append(": ").Append(field.Type).Append(Deprecation(field)).Append('\n');
    }

    private static string InputValue(InputValueDefinition value)
    {
        var defaultValue = value.DefaultValue is { } literal ? " = " + SdlText.Value(literal) : "";
        return $"{value.Name}: {value.Type}{defaultValue}{Deprecation(value)}";
    }

    private static string Deprecation(SchemaElement element) => element.Directive("deprecated") switch
    {
        null => "",
        var deprecated when deprecated.StringArgument("reason") is { } reason => $" @deprecated(reason: {SdlText.Quote(reason)})",
        _ => " @deprecated",
    };
}
