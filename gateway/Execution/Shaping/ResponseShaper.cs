using System.Text.Json;
using FederatedGraph.Gateway.Execution.Results;
using FederatedGraph.Gateway.Planning.Plans;
using FederatedGraph.Gateway.Planning.Schema;

namespace FederatedGraph.Gateway.Execution.Shaping;

/// <summary>
/// Shapes the merged result into the response the client asked for: its response names in its order, fragments
/// by the object's type, the gateway's own fields left out, and GraphQL null propagation: a missing or null
/// non-null value nulls its nearest nullable parent, with an error unless one already explains it.
/// </summary>
internal sealed class ResponseShaper(CompositeSchema schema, FieldCollector collector, List<GatewayError> errors)
{
    private readonly List<object> _path = [];

    /// <summary>The <c>data</c> object; null when a non-null root field is null.</summary>
    public ShapedObject? Shape(ResultObject root, string rootTypeName)
        => CompleteObject(new ResultValue(root), rootTypeName, collector.Root, out var data) ? data : null;

    private bool CompleteObject(ResultValue obj, string typeName, ResponseField[] fields, out ShapedObject? shaped)
    {
        var failed = obj.Node is ResultObject { FetchFailed: true };
        var values = new ShapedValue[fields.Length];
        shaped = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            if (field.Type is null)
            {
                values[i] = new ShapedValue(typeName);
                continue;
            }
            if (!obj.TryGetField(field.ResponseName, out var value)) obj.TryGetField(ReservedNames.Conflicting(field.ResponseName), out value);
            _path.Add(field.ResponseName);
            var complete = Complete(field.Type, value, field, failed, out values[i]);
            _path.RemoveAt(_path.Count - 1);
            if (!complete) return false;
        }
        shaped = new ShapedObject(fields, values);
        return true;
    }

    /// <summary>Completes one value; false when it is null where its type forbids it, so the parent must become null.</summary>
    private bool Complete(TypeReference type, ResultValue value, ResponseField field, bool parentFailed, out ShapedValue shaped)
    {
        shaped = default;
        if (value.IsNull) return Null(type, field, parentFailed);

        if (type.IsList)
        {
            if (!value.IsList) return Null(type, field, parentFailed);
            var items = new ShapedValue[value.Count];
            var i = 0;
            foreach (var item in value.Items())
            {
                _path.Add(i);
                var complete = Complete(type.ItemType!, item, field, false, out items[i]);
                _path.RemoveAt(_path.Count - 1);
                if (!complete) return !type.NonNull;
                i++;
            }
            shaped = new ShapedValue(items);
            return true;
        }

        if (schema.Type(type.NamedType) is not { } composite)
        {
            if (schema.EnumValues(type.NamedType) is { } values && !IsValue(values, value))
                return Unanswerable($"Enum {type.NamedType} has no value {value.Element.GetRawText()} here.", GatewayErrorCodes.UnknownEnumValue, type, field);
            shaped = new ShapedValue(value.Element);
            return true;
        }

        // An interface delivered by a source schema that knows none of its object types has no type name: its
        // fields are the interface's, unless the client asked for its type name, which nobody could tell.
        var runtimeType = !composite.IsAbstract ? composite.Name
            : RuntimeType(value) ?? (composite.Kind == CompositeTypeKind.Interface ? composite.Name : null);
        if (runtimeType is null || !value.IsObject) return Null(type, field, parentFailed);
        if (composite.IsAbstract && schema.Type(runtimeType) is { Inaccessible: true })
            return Unanswerable("The object's type is not part of the schema; it is answered as null.", GatewayErrorCodes.UnknownObjectType, type, field);
        var children = collector.Children(field, runtimeType);
        if (runtimeType == composite.Name && composite.IsAbstract && children.Any(c => c.Type is null))
            return Unanswerable($"The object type of this {composite.Name} could not be found.", GatewayErrorCodes.UnknownObjectType, type, field);
        if (!CompleteObject(value, runtimeType, children, out var obj)) return !type.NonNull;
        shaped = new ShapedValue(obj!);
        return true;
    }

    private bool Null(TypeReference type, ResponseField field, bool parentFailed)
    {
        if (!type.NonNull) return true;
        // A failed fetch or a subgraph error at or below this place already says why the value is missing.
        if (!parentFailed && !errors.Any(e => e.IsAtOrBelow(_path)))
            errors.Add(new GatewayError($"Cannot return null for non-nullable field {field.ParentType}.{field.FieldName}.",
                GatewayErrorCodes.NonNullViolation, [.. _path]));
        return false;
    }

    /// <summary>A value the subgraph gave that clients may not see: null, with the error that says why.</summary>
    private bool Unanswerable(string message, string code, TypeReference type, ResponseField field)
    {
        errors.Add(new GatewayError(message, code, [.. _path]));
        return Null(type, field, parentFailed: true);
    }

    private static bool IsValue(IReadOnlySet<string> values, ResultValue value)
        => value.Node is null && value.Element.ValueKind == JsonValueKind.String && values.Contains(value.Element.GetString()!);

    private static string? RuntimeType(ResultValue value)
        => value.TryGetField(ReservedNames.TypeName, out var typeName) && typeName.Node is null && typeName.Element.ValueKind == JsonValueKind.String
            ? typeName.Element.GetString()
            : null;
}
