using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Output;

/// <summary>
/// Lists what changed between two versions of a public schema, each change classified by what it means for
/// existing clients (following GraphQL Inspector): removing or narrowing what clients use is breaking, adding
/// values clients may not expect (enum values, union members, optional arguments) is dangerous, the rest is safe.
/// </summary>
public static class SchemaDiff
{
    public static IReadOnlyList<SchemaChange> Compare(SchemaModel before, SchemaModel after)
    {
        var changes = new Changes();
        changes.CompareRootTypes(before, after);
        foreach (var type in before.Types)
        {
            if (after.Types[type.Name] is not { } changed)
                changes.Add(SchemaChangeKind.TypeRemoved, ChangeCriticality.Breaking, type.Name, $"the {Kind(type)} was removed.");
            else if (changed.Kind != type.Kind)
                changes.Add(SchemaChangeKind.TypeKindChanged, ChangeCriticality.Breaking, type.Name, $"the {Kind(type)} became {Article(changed)} {Kind(changed)}.");
            else
                changes.CompareType(type, changed);
        }
        foreach (var type in after.Types.Where(t => !before.Types.Contains(t.Name)))
            changes.Add(SchemaChangeKind.TypeAdded, ChangeCriticality.Safe, type.Name, $"the {Kind(type)} was added.");
        return changes.List;
    }

    private static string Kind(TypeDefinition type) => type.Kind switch
    {
        TypeKind.Object => "object type",
        TypeKind.Interface => "interface",
        TypeKind.Union => "union",
        TypeKind.Enum => "enum",
        TypeKind.InputObject => "input type",
        _ => "scalar",
    };

    private static string Article(TypeDefinition type) => type.Kind is TypeKind.Interface or TypeKind.Enum or TypeKind.InputObject ? "an" : "a";

    private sealed class Changes
    {
        public List<SchemaChange> List { get; } = [];

        public void Add(SchemaChangeKind kind, ChangeCriticality criticality, string coordinate, string message)
            => List.Add(new SchemaChange(kind, criticality, coordinate, message));

        public void CompareRootTypes(SchemaModel before, SchemaModel after)
        {
            (string Operation, string? Before, string? After)[] roots =
            [
                ("query", before.QueryTypeName, after.QueryTypeName),
                ("mutation", before.MutationTypeName, after.MutationTypeName),
                ("subscription", before.SubscriptionTypeName, after.SubscriptionTypeName),
            ];
            foreach (var (operation, was, now) in roots.Where(r => r.Before is not null && r.Before != r.After))
                Add(SchemaChangeKind.RootTypeChanged, ChangeCriticality.Breaking, "schema", $"the {operation} root type changed from {was} to {now?.ToString() ?? "none"}.");
        }

        public void CompareType(TypeDefinition before, TypeDefinition after)
        {
            CompareDescribed(before.Name, before, after);
            switch (before, after)
            {
                case (ComplexTypeDefinition b, ComplexTypeDefinition a):
                    CompareNames(b.Name, b.Interfaces, a.Interfaces, "interface",
                        (SchemaChangeKind.InterfaceRemoved, ChangeCriticality.Breaking), (SchemaChangeKind.InterfaceAdded, ChangeCriticality.Dangerous));
                    CompareFields(b, a);
                    break;
                case (UnionTypeDefinition b, UnionTypeDefinition a):
                    CompareNames(b.Name, b.Members, a.Members, "member",
                        (SchemaChangeKind.UnionMemberRemoved, ChangeCriticality.Breaking), (SchemaChangeKind.UnionMemberAdded, ChangeCriticality.Dangerous));
                    break;
                case (EnumTypeDefinition b, EnumTypeDefinition a):
                    CompareEnumValues(b, a);
                    break;
                case (InputObjectTypeDefinition b, InputObjectTypeDefinition a):
                    CompareInputValues(b.Name, b.Fields, a.Fields, isArgument: false);
                    break;
            }
        }

        private void CompareFields(ComplexTypeDefinition before, ComplexTypeDefinition after)
        {
            foreach (var field in before.Fields)
            {
                var coordinate = $"{before.Name}.{field.Name}";
                if (after.Fields[field.Name] is not { } changed)
                {
                    Add(SchemaChangeKind.FieldRemoved, ChangeCriticality.Breaking, coordinate, "the field was removed.");
                    continue;
                }
                if (field.Type != changed.Type)
                {
                    // Clients read output: a stricter type is still what they expect.
                    var criticality = IsAtLeastAsStrict(changed.Type, field.Type) ? ChangeCriticality.Safe : ChangeCriticality.Breaking;
                    Add(SchemaChangeKind.FieldTypeChanged, criticality, coordinate, $"the type changed from {field.Type} to {changed.Type}.");
                }
                CompareDescribed(coordinate, field, changed);
                CompareInputValues(coordinate, field.Arguments, changed.Arguments, isArgument: true);
            }
            foreach (var field in after.Fields.Where(f => !before.Fields.Contains(f.Name)))
                Add(SchemaChangeKind.FieldAdded, ChangeCriticality.Safe, $"{after.Name}.{field.Name}", "the field was added.");
        }

        /// <summary>Arguments of a field, or fields of an input type: both are values clients send.</summary>
        private void CompareInputValues(string owner, OrderedFieldMap<InputValueDefinition> before, OrderedFieldMap<InputValueDefinition> after, bool isArgument)
        {
            var what = isArgument ? "argument" : "input field";
            string Coordinate(string name) => isArgument ? $"{owner}({name}:)" : $"{owner}.{name}";

            foreach (var value in before)
            {
                var coordinate = Coordinate(value.Name);
                if (after[value.Name] is not { } changed)
                {
                    Add(isArgument ? SchemaChangeKind.ArgumentRemoved : SchemaChangeKind.InputFieldRemoved, ChangeCriticality.Breaking, coordinate, $"the {what} was removed.");
                    continue;
                }
                if (value.Type != changed.Type)
                {
                    // Clients send input: accepting more than before (e.g. dropping a non-null) is still fine for them.
                    var criticality = IsAtLeastAsStrict(value.Type, changed.Type) ? ChangeCriticality.Safe : ChangeCriticality.Breaking;
                    Add(isArgument ? SchemaChangeKind.ArgumentTypeChanged : SchemaChangeKind.InputFieldTypeChanged, criticality, coordinate, $"the type changed from {value.Type} to {changed.Type}.");
                }
                var defaultBefore = value.DefaultValue is { } b ? SdlText.Value(b) : null;
                var defaultAfter = changed.DefaultValue is { } a ? SdlText.Value(a) : null;
                if (defaultBefore != defaultAfter)
                    Add(SchemaChangeKind.DefaultValueChanged, ChangeCriticality.Dangerous, coordinate, $"the default value changed from {defaultBefore ?? "none"} to {defaultAfter ?? "none"}.");
                CompareDescribed(coordinate, value, changed);
            }
            foreach (var value in after.Where(v => !before.Contains(v.Name)))
            {
                var required = value.Type.IsNonNull && value.DefaultValue is null;
                Add(isArgument ? SchemaChangeKind.ArgumentAdded : SchemaChangeKind.InputFieldAdded,
                    required ? ChangeCriticality.Breaking : ChangeCriticality.Dangerous,
                    Coordinate(value.Name),
                    required ? $"a required {what} was added; existing operations do not pass it." : $"an optional {what} was added.");
            }
        }

        private void CompareEnumValues(EnumTypeDefinition before, EnumTypeDefinition after)
        {
            foreach (var value in before.Values)
            {
                var coordinate = $"{before.Name}.{value.Name}";
                if (after.Values[value.Name] is { } changed) CompareDescribed(coordinate, value, changed);
                else Add(SchemaChangeKind.EnumValueRemoved, ChangeCriticality.Breaking, coordinate, "the enum value was removed.");
            }
            foreach (var value in after.Values.Where(v => !before.Values.Contains(v.Name)))
                Add(SchemaChangeKind.EnumValueAdded, ChangeCriticality.Dangerous, $"{after.Name}.{value.Name}", "the enum value was added; clients may receive a value they do not know.");
        }

        private void CompareNames(string owner, List<string> before, List<string> after, string what,
            (SchemaChangeKind Kind, ChangeCriticality Criticality) removed, (SchemaChangeKind Kind, ChangeCriticality Criticality) added)
        {
            foreach (var name in before.Except(after, StringComparer.Ordinal))
                Add(removed.Kind, removed.Criticality, owner, $"the {what} {name} was removed.");
            foreach (var name in after.Except(before, StringComparer.Ordinal))
                Add(added.Kind, added.Criticality, owner, $"the {what} {name} was added.");
        }

        private void CompareDescribed(string coordinate, SchemaElement before, SchemaElement after)
        {
            if ((before.Description ?? "") != (after.Description ?? ""))
                Add(SchemaChangeKind.DescriptionChanged, ChangeCriticality.Safe, coordinate, "the description changed.");
            switch (before.DeprecationReason, after.DeprecationReason)
            {
                case (null, { } reason):
                    Add(SchemaChangeKind.DeprecationAdded, ChangeCriticality.Safe, coordinate, $"deprecated: {reason}");
                    break;
                case ({ }, null):
                    // Clients that followed the deprecation keep working; ones that read the flag may be surprised.
                    Add(SchemaChangeKind.DeprecationRemoved, ChangeCriticality.Dangerous, coordinate, "no longer deprecated.");
                    break;
                case ({ } was, { } now) when was != now:
                    Add(SchemaChangeKind.DeprecationReasonChanged, ChangeCriticality.Safe, coordinate, $"the deprecation reason changed to: {now}");
                    break;
            }
        }
    }

    /// <summary>
    /// Whether every value of <paramref name="strict"/> is a value of <paramref name="loose"/>: the same named type,
    /// the same list nesting, and non-null wherever <paramref name="loose"/> is.
    /// </summary>
    private static bool IsAtLeastAsStrict(TypeReference strict, TypeReference loose) => (strict, loose) switch
    {
        (NonNullTypeReference s, NonNullTypeReference l) => IsAtLeastAsStrict(s.OfType, l.OfType),
        (NonNullTypeReference s, _) => IsAtLeastAsStrict(s.OfType, loose),
        (_, NonNullTypeReference) => false,
        (ListTypeReference s, ListTypeReference l) => IsAtLeastAsStrict(s.OfType, l.OfType),
        (NamedTypeReference s, NamedTypeReference l) => s.Name == l.Name,
        _ => false,
    };
}
