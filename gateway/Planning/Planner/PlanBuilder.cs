using FederatedGraph.Gateway.Planning.Plans;
using FederatedGraph.Gateway.Planning.Schema;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace FederatedGraph.Gateway.Planning.Planner;

/// <summary>
/// Plans one operation. Walks the client's selections with the fetch that is delivering the current object:
/// a field that fetch's source schema resolves goes into its document; any other field goes into an entity fetch
/// to a source schema that resolves it, through one of that schema's lookups, with the lookup's keys selected in
/// the delivering fetch under reserved aliases.
/// </summary>
internal sealed class PlanBuilder
{
    private static readonly SDLPrinter Printer = new();

    private readonly CompositeSchema _schema;
    private readonly GraphQLDocument _document;
    private readonly GraphQLOperationDefinition _operation;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments;
    private readonly List<FetchBuilder> _fetches = [];
    private readonly Dictionary<(FetchBuilder Parent, string Path, string Schema, string? Requirements), FetchBuilder> _entityFetches = [];

    /// <summary>While the values of an Apollo <c>@requires</c> are planned: every fetch that got a field for them.</summary>
    private HashSet<FetchBuilder>? _requiredBy;

    /// <summary>How many entity fetches deep the keys of the entity fetch being planned come from other entity fetches.</summary>
    private int _keyHops;

    /// <summary>An entity fetch may get its key from another entity fetch, which gets its own directly: enough for keys that differ per subgraph.</summary>
    private const int MaxKeyHops = 1;

    /// <summary>Where fields are being planned: the fetch delivering the object, its concrete type and path.</summary>
    private sealed record Position(
        FetchBuilder Fetch,
        CompositeType Type,
        IReadOnlyList<PathStep> Path,
        ProvidedFields? Provided,
        SubgraphSelectionSet Object)
    {
        /// <summary>Where the field that returned this object was planned, and that field; null at the root.</summary>
        public (Position Position, GraphQLField Field)? Parent { get; init; }

        /// <summary>For an entity fetch's place: the place of the fetch that delivered the entity, which may have keys this one lacks.</summary>
        public Position? Origin { get; init; }

        /// <summary>
        /// For an object in an abstract position: the abstract type, while the fields planned were selected on it
        /// (not in a fragment on the object type), so that they are planned for every object type alike.
        /// </summary>
        public CompositeType? SelectedOn { get; init; }
    }

    public PlanBuilder(CompositeSchema schema, GraphQLDocument document, string? operationName)
    {
        _schema = schema;
        _document = document;
        _operation = FindOperation(document, operationName);
        _fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .ToDictionary(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal);
    }

    public OperationPlan Build()
    {
        var rootTypeName = _operation.Operation switch
        {
            OperationType.Query => CompositeSchema.QueryTypeName,
            OperationType.Mutation => CompositeSchema.MutationTypeName,
            _ => throw new OperationPlanningException(PlanningErrorCodes.CannotPlan, "Subscriptions are not supported by the gateway."),
        };
        var rootType = _schema.Type(rootTypeName)
            ?? throw new OperationPlanningException(PlanningErrorCodes.CannotPlan, $"The schema has no {rootTypeName} type.");

        var rootFields = new List<(GraphQLField Field, IReadOnlyList<IReadOnlyList<GraphQLDirective>> Conditions)>();
        CollectRootFields(rootType, _operation.SelectionSet, [], rootFields);
        CheckIntrospection(rootFields.Select(r => r.Field));

        FetchBuilder? previous = null;
        foreach (var (field, conditions) in rootFields)
        {
            if (field.Name.StringValue == "__typename") continue;
            var schemaName = ChooseRootSchema(rootType, field);
            var fetch = _operation.Operation == OperationType.Mutation
                ? NewFetch(schemaName, FetchKind.Root, [], null)
                : _fetches.FirstOrDefault(f => f.Kind == FetchKind.Root && f.SourceSchema == schemaName) ?? NewFetch(schemaName, FetchKind.Root, [], null);
            // Mutation fields run one after the other, in the order the client wrote them.
            if (_operation.Operation == OperationType.Mutation && previous is not null) fetch.DependsOn.Add(previous);
            previous = fetch;

            var position = new Position(fetch, rootType, [], null, fetch.Selections);
            CheckAlias(field);
            PlanField(position, field, Conditional(fetch.Selections, conditions));
            fetch.AddResponseName(ResponseName(field));
        }

        return new OperationPlan(_operation, _fragments, rootTypeName, Finish(), HasConditionalDirectives(_document));
    }

    private static GraphQLOperationDefinition FindOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return operation ?? throw new OperationPlanningException(PlanningErrorCodes.UnknownOperation, operationName is null
            ? "The document must hold exactly one operation, or the request must name one."
            : $"The document has no operation named '{operationName}'.");
    }

    private void CollectRootFields(CompositeType rootType, GraphQLSelectionSet selectionSet,
        IReadOnlyList<IReadOnlyList<GraphQLDirective>> conditions, List<(GraphQLField, IReadOnlyList<IReadOnlyList<GraphQLDirective>>)> fields)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    fields.Add((field, conditions));
                    break;
                case GraphQLInlineFragment fragment when Applies(fragment.TypeCondition, rootType):
                    CollectRootFields(rootType, fragment.SelectionSet, WithConditions(conditions, fragment.Directives), fields);
                    break;
                case GraphQLFragmentSpread spread when _fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var definition)
                                                      && Applies(definition.TypeCondition, rootType):
                    CollectRootFields(rootType, definition.SelectionSet, WithConditions(conditions, spread.Directives), fields);
                    break;
            }
        }
    }

    private static void CheckIntrospection(IEnumerable<GraphQLField> rootFields)
    {
        var names = rootFields.Select(f => f.Name.StringValue).ToList();
        if (names.Any(n => n is "__schema" or "__type"))
            throw new OperationPlanningException(PlanningErrorCodes.IntrospectionMixed, names.All(n => n.StartsWith("__", StringComparison.Ordinal))
                ? "Introspection is answered by the gateway host, not by the planner."
                : "An operation may not mix introspection (__schema, __type) with data fields; send them as separate operations.");
    }

    /// <summary>For a root field more than one source schema resolves, the one that resolves most of its selections.</summary>
    private string ChooseRootSchema(CompositeType rootType, GraphQLField field)
    {
        var definition = Definition(rootType, field);
        var candidates = definition.Sources.Where(s => s.Resolves && !s.NeedsParentValues).Select(s => s.Schema).ToList();
        if (candidates.Count == 0)
            throw new OperationPlanningException(PlanningErrorCodes.CannotPlan, $"No source schema resolves {rootType.Name}.{definition.Name}.");
        if (candidates.Count == 1) return candidates[0];
        var fieldType = _schema.Type(definition.Type.NamedType);
        return candidates
            .OrderByDescending(s => fieldType is null ? 0 : CountResolvable(s, fieldType, field.SelectionSet))
            .ThenByDescending(s => _fetches.Any(f => f.Kind == FetchKind.Root && f.SourceSchema == s))
            .First();
    }

    private int CountResolvable(string schema, CompositeType type, GraphQLSelectionSet? selectionSet)
    {
        if (selectionSet is null) return 0;
        var count = 0;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when type.Field(field.Name.StringValue) is { } definition
                                             && definition.SourceIn(schema) is { Resolves: true }:
                    count += 1 + (_schema.Type(definition.Type.NamedType) is { } child ? CountResolvable(schema, child, field.SelectionSet) : 0);
                    break;
                case GraphQLInlineFragment fragment:
                    count += CountResolvable(schema, type, fragment.SelectionSet);
                    break;
                case GraphQLFragmentSpread spread when _fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var definition):
                    count += CountResolvable(schema, type, definition.SelectionSet);
                    break;
            }
        }
        return count;
    }

    private void PlanSelections(Position position, GraphQLSelectionSet selectionSet, SubgraphSelectionSet output)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    CheckAlias(field);
                    PlanField(position, field, output);
                    break;
                case GraphQLInlineFragment fragment when Applies(fragment.TypeCondition, position.Type):
                    PlanSelections(Narrowed(position, fragment.TypeCondition), fragment.SelectionSet, Conditional(output, [Conditions(fragment.Directives)]));
                    break;
                case GraphQLFragmentSpread spread when _fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var definition)
                                                      && Applies(definition.TypeCondition, position.Type):
                    PlanSelections(Narrowed(position, definition.TypeCondition), definition.SelectionSet, Conditional(output, [Conditions(spread.Directives)]));
                    break;
            }
        }
    }

    /// <summary>The place for a fragment's fields: no longer selected on the abstract type when the fragment is on an object type.</summary>
    private Position Narrowed(Position position, GraphQLTypeCondition? condition)
        => position.SelectedOn is not null && condition is not null && _schema.Type(condition.Type.Name.StringValue) is { IsAbstract: false }
            ? position with { SelectedOn = null }
            : position;

    private void PlanField(Position position, GraphQLField field, SubgraphSelectionSet output)
    {
        var name = field.Name.StringValue;
        // The executor answers __typename from the object's type; the subgraphs need not be asked.
        if (name == "__typename") return;

        var definition = Definition(position.Type, field);
        var source = definition.SourceIn(position.Fetch.SourceSchema);
        var resolvesHere = source is not null
                           && (source.Resolves || position.Provided?.Contains(name) == true)
                           && !source.NeedsParentValues;
        if (resolvesHere)
            EmitField(position, definition, source!, field, output, []);
        else
            PlanElsewhere(position, definition, field, output);
    }

    /// <summary>Client fields may not take the aliases the gateway uses for its own (hidden) fields.</summary>
    private static void CheckAlias(GraphQLField field)
    {
        if (field.Alias?.Name.StringValue.StartsWith(ReservedNames.Prefix, StringComparison.Ordinal) == true)
            throw new OperationPlanningException(PlanningErrorCodes.ReservedAlias,
                $"The alias '{field.Alias.Name.StringValue}' starts with '{ReservedNames.Prefix}', which the gateway reserves.");
    }

    /// <summary>Puts the field into the delivering fetch's document and plans its selections below it.</summary>
    private void EmitField(Position position, CompositeField definition, FieldSource source, GraphQLField field,
        SubgraphSelectionSet output, IReadOnlyList<GraphQLArgument> extraArguments)
    {
        _requiredBy?.Add(position.Fetch);
        var childType = _schema.Type(definition.Type.NamedType);
        // A source schema that returns one object type where the composite schema has a union or interface: its
        // document may only hold that type's fields, and its type name still tells the executor the object type.
        var ownType = source.OwnTypeName is { } own && childType is { IsAbstract: true } && _schema.Type(own) is { IsAbstract: false } narrower ? narrower : null;
        var selections = childType is null ? null : new SubgraphSelectionSet();
        var type = source.OwnType ?? definition.Type.ToString();
        var alias = field.Alias?.Name.StringValue;
        // The executor finds a renamed client field under this alias when its own name is not in the result.
        if (output.ConflictsBeside(alias ?? definition.Name, type)) alias = ReservedNames.Conflicting(alias ?? definition.Name);
        output.Add(new SubgraphField(
            alias,
            definition.Name,
            [.. field.Arguments?.Items ?? [], .. extraArguments],
            Conditions(field.Directives),
            selections) { Type = type });
        if (childType is null || field.SelectionSet is null) return;

        var provided = ProvidedFields.Union(position.Provided?.Below(definition.Name), source.Provides);
        var path = position.Path.Append(new PathStep(alias ?? definition.Name, null)).ToList();
        if (ownType is not null)
        {
            selections!.AddTypeName();
            childType = ownType;
        }
        if (!childType.IsAbstract)
        {
            PlanSelections(new Position(position.Fetch, childType, path, provided, selections!) { Parent = (position, field) }, field.SelectionSet, selections!);
            return;
        }

        var objectTypes = childType.Kind == CompositeTypeKind.Union
            ? SafeUnionMembers(position, definition, childType)
            : PossibleTypes(childType, position.Fetch.SourceSchema);
        if (objectTypes.Count == 0 && childType.Kind == CompositeTypeKind.Interface)
        {
            PlanOnInterface(new Position(position.Fetch, childType, path, provided, selections!) { Parent = (position, field) }, field.SelectionSet);
            return;
        }

        // Abstract: the type name tells the executor which object type each object is; the fields are planned
        // per possible object type, so that entity fetches find the objects they are for.
        selections!.AddTypeName();
        foreach (var objectTypeName in objectTypes)
        {
            if (_schema.Type(objectTypeName) is not { } objectType) continue;
            var fragment = selections.TypeFragment(objectTypeName);
            var typedPath = OfObjectType(path, objectTypeName);
            PlanSelections(new Position(position.Fetch, objectType, typedPath, provided, fragment) { Parent = (position, field), SelectedOn = childType }, field.SelectionSet, fragment);
        }
    }

    /// <summary>
    /// An interface whose source schema knows none of its object types (an Apollo <c>@interfaceObject</c>, or an
    /// interface without implementations there): its fields are planned on the interface itself, and the source
    /// schema is not asked for a type name it cannot know. When the client needs the object type (<c>__typename</c>,
    /// fragments on object types), an entity fetch by the interface's key asks a source schema that knows the
    /// implementations; its type name then decides which fragments apply.
    /// </summary>
    private void PlanOnInterface(Position position, GraphQLSelectionSet selectionSet)
    {
        PlanSelections(position, selectionSet, position.Object);
        if (!NeedsObjectType(position.Type, selectionSet)) return;

        var lookup = position.Type.Lookups.FirstOrDefault(l => l.Schema != position.Fetch.SourceSchema
                                                               && position.Type.PossibleTypesBySchema.GetValueOrDefault(l.Schema) is { Count: > 0 }
                                                               && HasKey(position, l))
            ?? throw new OperationPlanningException(PlanningErrorCodes.CannotPlan,
                $"No source schema can tell the object type of {position.Type.Name} at {Describe(position.Path)}: none that knows its object types has a key {position.Fetch.SourceSchema} provides.");
        var fetch = EntityFetch(position, lookup.Schema, lookup, requirements: null);
        fetch.Selections.AddTypeName();
        foreach (var objectTypeName in position.Type.PossibleTypesBySchema[lookup.Schema])
        {
            if (_schema.Type(objectTypeName) is not { } objectType) continue;
            var fragment = fetch.Selections.TypeFragment(objectTypeName);
            var typedPath = OfObjectType(position.Path, objectTypeName);
            PlanObjectTypeFragments(new Position(fetch, objectType, typedPath, null, fragment) { Parent = position.Parent }, position.Type, selectionSet, fragment);
        }
    }

    /// <summary>Whether a selection on an interface asks for its <c>__typename</c> or has fragments on narrower types.</summary>
    private bool NeedsObjectType(CompositeType interfaceType, GraphQLSelectionSet selectionSet)
        => selectionSet.Selections.Any(selection => selection switch
        {
            GraphQLField field => field.Name.StringValue == "__typename",
            GraphQLInlineFragment fragment => !OnWholeInterface(fragment.TypeCondition, interfaceType) || NeedsObjectType(interfaceType, fragment.SelectionSet),
            GraphQLFragmentSpread spread => _fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var definition)
                                            && (!OnWholeInterface(definition.TypeCondition, interfaceType) || NeedsObjectType(interfaceType, definition.SelectionSet)),
            _ => false,
        });

    private static bool OnWholeInterface(GraphQLTypeCondition? condition, CompositeType interfaceType)
        => condition is null || condition.Type.Name.StringValue == interfaceType.Name;

    /// <summary>
    /// The client's fragments on narrower types than <paramref name="interfaceType"/> that apply to the position's
    /// object type; the fields on the interface itself are planned where it was delivered.
    /// </summary>
    private void PlanObjectTypeFragments(Position position, CompositeType interfaceType, GraphQLSelectionSet selectionSet, SubgraphSelectionSet output)
    {
        foreach (var selection in selectionSet.Selections)
        {
            var (condition, directives, inner) = selection switch
            {
                GraphQLInlineFragment fragment => (fragment.TypeCondition, fragment.Directives, fragment.SelectionSet),
                GraphQLFragmentSpread spread when _fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var definition)
                    => (definition.TypeCondition, spread.Directives, definition.SelectionSet),
                _ => (null, null, null),
            };
            if (inner is null) continue;
            var target = Conditional(output, [Conditions(directives)]);
            if (OnWholeInterface(condition, interfaceType)) PlanObjectTypeFragments(position, interfaceType, inner, target);
            else if (Applies(condition, position.Type)) PlanSelections(position, inner, target);
        }
    }

    /// <summary>
    /// The members of a union field's type whose fields are asked for: those of the delivering subgraph, narrowed to
    /// the members every other subgraph that could answer the same field at this place also has (a shareable field
    /// reached by a key, or below a shareable ancestor asked again elsewhere). A shareable field answers alike in all
    /// its subgraphs, so only their common members are certain; objects of the others keep their type name, and
    /// their fields answer null.
    /// </summary>
    private IReadOnlyList<string> SafeUnionMembers(Position position, CompositeField definition, CompositeType union)
    {
        var members = PossibleTypes(union, position.Fetch.SourceSchema);
        foreach (var schema in _schema.SourceSchemas.Select(s => s.Name).Where(s => s != position.Fetch.SourceSchema))
        {
            if (definition.SourceIn(schema) is not { Resolves: true, NeedsParentValues: false }) continue;
            var reachable = position.Type.Lookups.Any(l => l.Schema == schema && HasKey(position, l))
                            || PlanFromAncestor(position, definition, null, [], plan: false, onlySchema: schema);
            if (!reachable) continue;
            var theirs = PossibleTypes(union, schema);
            members = members.Where(theirs.Contains).ToList();
        }
        return members;
    }

    /// <summary>The path to an object in an abstract position, its last step taken only for objects of <paramref name="objectType"/>.</summary>
    private static List<PathStep> OfObjectType(IReadOnlyList<PathStep> path, string objectType)
        => [.. path.Take(path.Count - 1), new PathStep(path[^1].ResponseName, objectType)];

    private static IReadOnlyList<string> PossibleTypes(CompositeType abstractType, string schema)
        => abstractType.PossibleTypesBySchema.TryGetValue(schema, out var types)
            ? types
            : abstractType.PossibleTypesBySchema.Values.SelectMany(t => t).Distinct().ToList();

    /// <summary>A field the delivering fetch cannot resolve: an entity fetch to a source schema that can.</summary>
    private void PlanElsewhere(Position position, CompositeField definition, GraphQLField field, SubgraphSelectionSet output)
    {
        var conditions = ConditionsOf(position.Object, output);
        foreach (var (source, lookup) in Candidates(position, definition))
        {
            var fetch = EntityFetch(position, source.Schema, lookup, RequirementsGroup(position.Type, source));
            var entity = new Position(fetch, position.Type, position.Path, null, fetch.Selections) { Parent = position.Parent, Origin = position, SelectedOn = position.SelectedOn };
            var target = Conditional(fetch.Selections, conditions);
            if (!ResponseName(field).StartsWith(ReservedNames.Prefix, StringComparison.Ordinal)) fetch.AddResponseName(ResponseName(field));
            if (!source.NeedsParentValues)
            {
                PlanField(entity, field, target);
                return;
            }
            if (source.Requires is { } requires)
            {
                PlanRequires(position, requires, fetch);
                EmitField(entity, definition, source, field, target, []);
                return;
            }

            var arguments = source.Requirements.Select(requirement =>
            {
                var variable = fetch.AddVariable("r", requirement.Type, RequiredValue(position, requirement.Map, fetch));
                return new GraphQLArgument(new GraphQLName(requirement.Argument), new GraphQLVariable(new GraphQLName(variable)));
            }).ToList();
            EmitField(entity, definition, source, field, target, arguments);
            return;
        }
        if (PlanFromAncestor(position, definition, field, conditions)) return;
        throw new OperationPlanningException(PlanningErrorCodes.CannotPlan,
            $"No source schema can resolve {position.Type.Name}.{definition.Name} at {Describe(position.Path)}: none has a lookup whose keys {position.Fetch.SourceSchema} provides.");
    }

    /// <summary>
    /// A field of an object no subgraph can fetch by key (a value type, or a shared root field): asked again from the
    /// nearest ancestor that another subgraph can reach (the root, or an entity by its key) and from which that
    /// subgraph resolves every field down to this one, repeating the client's fields on the way.
    /// </summary>
    /// <param name="plan">False to only tell whether it can be done (a key field another subgraph gives this way).</param>
    /// <param name="onlySchema">Only ask whether that subgraph can (the members of a union it may answer with).</param>
    private bool PlanFromAncestor(Position position, CompositeField definition, GraphQLField? field, IReadOnlyList<IReadOnlyList<GraphQLDirective>> conditions,
        bool plan = true, string? onlySchema = null)
    {
        var chain = new List<(Position Position, GraphQLField Field)>();
        for (var current = position; current.Parent is { } parent; current = parent.Position)
        {
            chain.Insert(0, parent);
            var ancestor = parent.Position;
            foreach (var schema in _schema.SourceSchemas.Select(s => s.Name).Where(s => s != position.Fetch.SourceSchema && (onlySchema is null || s == onlySchema)))
            {
                if (definition.SourceIn(schema) is not { Resolves: true, NeedsParentValues: false } source) continue;
                if (position.SelectedOn is { } abstractType && !ResolvesForEveryType(schema, abstractType, definition.Name)) continue;
                if (!chain.All(step => step.Position.Type.Field(step.Field.Name.StringValue)?.SourceIn(schema) is { Resolves: true, NeedsParentValues: false })) continue;
                var fromRoot = ancestor.Parent is null && ancestor.Fetch.Kind == FetchKind.Root && _operation.Operation == OperationType.Query;
                var keyedPlace = fromRoot ? null : KeyedPlace(ancestor, schema);
                if (!fromRoot && keyedPlace is null) continue;
                if (!plan) return true;
                var fetch = keyedPlace is var (keyed, lookup)
                    ? EntityFetch(keyed, schema, lookup, null)
                    : _fetches.FirstOrDefault(f => f.Kind == FetchKind.Root && f.SourceSchema == schema) ?? NewFetch(schema, FetchKind.Root, [], null);

                var selections = fetch.Selections;
                for (var i = 0; i < chain.Count; i++)
                {
                    var (stepPosition, stepField) = chain[i];
                    var name = stepField.Name.StringValue;
                    var alias = stepField.Alias?.Name.StringValue;
                    var existing = selections.Items.OfType<SubgraphField>().FirstOrDefault(f => f.Alias == alias && f.Name == name && f.SelectionSet is not null);
                    if (existing is null)
                    {
                        existing = new SubgraphField(alias, name, stepField.Arguments?.Items ?? [], Conditions(stepField.Directives), new SubgraphSelectionSet());
                        selections.Add(existing);
                        if (ReferenceEquals(stepPosition, ancestor) && fetch.Kind == FetchKind.Root) fetch.AddResponseName(ResponseName(stepField));
                    }
                    selections = existing.SelectionSet!;
                    // The object the step's field returns: in an abstract position, a fragment on its object type.
                    var step = (i + 1 < chain.Count ? chain[i + 1].Position : position).Path[^1];
                    if (step.TypeCondition is { } typeCondition)
                    {
                        selections.AddTypeName();
                        selections = selections.TypeFragment(typeCondition);
                    }
                }
                var reached = new Position(fetch, position.Type, position.Path, null, selections) { Parent = position.Parent };
                EmitField(reached, definition, source, field!, Conditional(selections, conditions), []);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="schema"/>, asked for a field of an abstract type, can give it for every object type it
    /// may answer with: itself, or by a key it gives to a subgraph that does. A field selected on an interface is
    /// planned from one subgraph's answer for all its object types (as Apollo's planner explodes the type), so the
    /// abstract field is asked again elsewhere only where that works for all of them.
    /// </summary>
    private bool ResolvesForEveryType(string schema, CompositeType abstractType, string fieldName)
    {
        foreach (var typeName in PossibleTypes(abstractType, schema))
        {
            if (_schema.Type(typeName) is not { } type || type.Field(fieldName) is not { } field) continue;
            if (field.SourceIn(schema) is { Resolves: true, NeedsParentValues: false }) continue;
            if (!type.Lookups.Any(l => l.Schema != schema && l.Entities is { } key && CanResolve(schema, type, key.Fields, null)
                                       && field.SourceIn(l.Schema) is { Resolves: true })) return false;
        }
        return true;
    }

    /// <summary>
    /// A lookup of <paramref name="schema"/> for the entity at this place, and the place whose fetch selects its key:
    /// this one, or the fetch that delivered the entity before (a product from one subgraph, extended by another
    /// that does not know its key).
    /// </summary>
    private (Position Place, Lookup Lookup)? KeyedPlace(Position position, string schema)
    {
        for (var place = position; place is not null; place = place.Origin)
            if (place.Type.Lookups.FirstOrDefault(l => l.Schema == schema && HasKey(place, l)) is { } lookup)
                return (place, lookup);
        return null;
    }

    /// <summary>
    /// The source schemas that resolve the field and a lookup of theirs whose keys the delivering fetch can select;
    /// a schema already fetched at this place first (shareable fields: the cheapest source).
    /// </summary>
    private IEnumerable<(FieldSource Source, Lookup Lookup)> Candidates(Position position, CompositeField definition)
    {
        var sources = definition.Sources.Where(s => s.Resolves)
            .OrderByDescending(s => s.Schema == position.Fetch.SourceSchema)
            .ThenByDescending(s => _entityFetches.ContainsKey((position.Fetch, PathKey(position.Path), s.Schema, RequirementsGroup(position.Type, s))));
        foreach (var source in sources)
        {
            var lookups = position.Type.Lookups.Where(l => l.Schema == source.Schema).OrderBy(l => l.Arguments.Count).ToList();
            var lookup = lookups.FirstOrDefault(l => HasKey(position, l))
                         ?? (_keyHops < MaxKeyHops ? lookups.FirstOrDefault(l => l.Entities is { } key && CanObtain(position, key.Fields, l.Schema)) : null);
            if (lookup is not null) yield return (source, lookup);
        }
    }

    /// <summary>Whether the delivering fetch can select the lookup's key itself.</summary>
    private bool HasKey(Position position, Lookup lookup)
        => lookup.Entities is { } key
            ? CanResolve(position.Fetch.SourceSchema, position.Type, key.Fields, position.Provided)
            : lookup.Arguments.All(a => CanResolve(position.Fetch.SourceSchema, position.Type, a.Map, position.Provided));

    /// <summary>
    /// Whether each field of an Apollo key the delivering fetch lacks can come from another subgraph that the
    /// delivering fetch can reach by a key of its own (a book known by <c>upc</c> asked elsewhere for its <c>id</c>).
    /// </summary>
    private bool CanObtain(Position position, GraphQLSelectionSet key, string target)
    {
        foreach (var field in key.Selections.OfType<GraphQLField>())
        {
            var single = new GraphQLSelectionSet([field]);
            if (CanResolve(position.Fetch.SourceSchema, position.Type, single, position.Provided)) continue;
            var definition = position.Type.Field(field.Name.StringValue);
            if (definition is null) return false;
            if (field.SelectionSet is not null && CanObtainBelow(position, definition, field.SelectionSet, target)) continue;
            if (!definition.Sources.Any(s => s.Schema != target && s.Resolves && !s.NeedsParentValues
                    && CanResolve(s.Schema, position.Type, single, null)
                    && position.Type.Lookups.Any(l => l.Schema == s.Schema && HasKey(position, l)))
                && (field.SelectionSet is not null || !PlanFromAncestor(position, definition, null, [], plan: false)))
                return false;
        }
        return true;
    }

    /// <summary>
    /// A key field with fields below it (<c>products { id pid }</c>) that the delivering fetch resolves itself, when
    /// what it lacks below can be obtained the same way for each object it returns (a field of every list item
    /// fetched by that item's own key from another subgraph, before the key is sent).
    /// </summary>
    private bool CanObtainBelow(Position position, CompositeField definition, GraphQLSelectionSet below, string target)
    {
        var source = definition.SourceIn(position.Fetch.SourceSchema);
        if (source is null || source.NeedsParentValues || !(source.Resolves || position.Provided?.Contains(definition.Name) == true)) return false;
        if (_schema.Type(definition.Type.NamedType) is not { IsAbstract: false } child) return false;
        var provided = ProvidedFields.Union(position.Provided?.Below(definition.Name), source.Provides);
        var path = position.Path.Append(new PathStep(definition.Name, null)).ToList();
        return CanObtain(new Position(position.Fetch, child, path, provided, new SubgraphSelectionSet()), below, target);
    }

    /// <summary>
    /// Fields that need different values of their parent go into different entity fetches, so that one fetch never
    /// waits for values that another field of it provides.
    /// </summary>
    /// <remarks>
    /// An Apollo <c>@requires</c> whose fields the source schema itself resolves none of (they are all external
    /// there) cannot wait for its own fetch: its field joins the other fields of that source schema at this place,
    /// in one <c>_entities</c> call, as a subgraph that does work per representation expects. Not when it requires
    /// fields with arguments: another field may require the same field with other arguments, and a representation
    /// has one value per field name.
    /// </remarks>
    private static string? RequirementsGroup(CompositeType type, FieldSource source)
    {
        if (source.Requires is { } requires && !source.RequiresText!.Contains('(')
            && requires.Selections.OfType<GraphQLField>().All(f => type.Field(f.Name.StringValue)?.SourceIn(source.Schema) is not { Resolves: true }))
            return null;
        return source.RequiresText ?? (source.Requirements.Count > 0 ? "" : null);
    }

    /// <summary>
    /// The values an Apollo <c>@requires</c> names, planned as if the client had selected them under reserved aliases,
    /// wherever they resolve (requires of requires included); the requiring fetch runs after every fetch that got
    /// one of them, and passes them in its representations.
    /// </summary>
    private void PlanRequires(Position position, GraphQLSelectionSet requires, FetchBuilder requiring)
    {
        foreach (var (name, alias) in PlanParentValues(position, requires, requiring)) requiring.AddRequiredField(name, alias);
    }

    /// <summary>
    /// Plans fields of the parent the gateway needs for <paramref name="dependent"/> as hidden client fields, wherever
    /// they resolve; <paramref name="dependent"/> runs after every fetch that got one. Returns the top-level field names.
    /// </summary>
    private List<(string Name, string Alias)> PlanParentValues(Position position, GraphQLSelectionSet fields, FetchBuilder dependent)
    {
        var outer = _requiredBy;
        _requiredBy = [];
        var names = new List<(string, string)>();
        foreach (var field in fields.Selections.OfType<GraphQLField>())
        {
            var name = field.Name.StringValue;
            var alias = SubgraphSelectionSet.HiddenAlias(new FieldPathSegment(name, field.Arguments?.Items ?? []));
            var hidden = new GraphQLField(field.Name)
            {
                Alias = new GraphQLAlias(new GraphQLName(alias)),
                Arguments = field.Arguments,
                SelectionSet = field.SelectionSet,
            };
            PlanField(position, hidden, position.Object);
            names.Add((name, alias));
        }
        _requiredBy.Remove(dependent);
        dependent.DependsOn.UnionWith(_requiredBy);
        outer?.UnionWith(_requiredBy);
        _requiredBy = outer;
        return names;
    }

    /// <summary>Whether <paramref name="schema"/> resolves every field of a field set (a key) from where it delivers the object.</summary>
    private bool CanResolve(string schema, CompositeType type, GraphQLSelectionSet fields, ProvidedFields? provided)
    {
        foreach (var selection in fields.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    var definition = type.Field(field.Name.StringValue);
                    var source = definition?.SourceIn(schema);
                    if (source is null || source.NeedsParentValues || !(source.Resolves || provided?.Contains(definition!.Name) == true)) return false;
                    if (field.SelectionSet is null) continue;
                    if (_schema.Type(definition!.Type.NamedType) is not { } child
                        || !CanResolve(schema, child, field.SelectionSet, ProvidedFields.Union(provided?.Below(definition.Name), source.Provides))) return false;
                    break;
                case GraphQLInlineFragment fragment:
                    if (!CanResolve(schema, fragment.TypeCondition is { } condition && _schema.Type(condition.Type.Name.StringValue) is { } narrowed ? narrowed : type,
                            fragment.SelectionSet, provided)) return false;
                    break;
            }
        }
        return true;
    }

    /// <summary>The entity fetch for this place, source schema and lookup; its keys are selected in the delivering fetch.</summary>
    private FetchBuilder EntityFetch(Position position, string schema, Lookup lookup, string? requirements)
    {
        var key = (position.Fetch, PathKey(position.Path), schema, requirements);
        if (_entityFetches.TryGetValue(key, out var existing)) return existing;

        var fetch = NewFetch(schema, FetchKind.Entity, position.Path, lookup);
        fetch.DependsOn.Add(position.Fetch);
        if (lookup.Entities is { } entities)
        {
            // The key's fields go into the representation, selected by the delivering fetch under reserved aliases,
            // or else fetched from another subgraph first.
            if (CanResolve(position.Fetch.SourceSchema, position.Type, entities.Fields, position.Provided))
            {
                position.Object.AddHidden(entities.Fields);
                fetch.KeyFields.AddRange(entities.Fields.Selections.OfType<GraphQLField>().Select(f => f.Name.StringValue));
            }
            else
            {
                _keyHops++;
                fetch.KeyFields.AddRange(PlanParentValues(position, entities.Fields, fetch).Select(v => v.Name));
                _keyHops--;
            }
        }
        foreach (var argument in lookup.Arguments)
            fetch.KeyVariables.Add(fetch.AddVariable("k", argument.Type, position.Object.AddHidden(argument.Map.Segments)));
        _entityFetches[key] = fetch;
        return fetch;
    }

    /// <summary>
    /// Where the value a <c>@require</c> needs is found on the entity: selected by the delivering fetch when its
    /// source schema resolves it, else by an entity fetch to a source schema that does, which then runs first.
    /// </summary>
    private IReadOnlyList<string> RequiredValue(Position position, FieldPath map, FetchBuilder requiring)
    {
        if (CanResolve(position.Fetch.SourceSchema, position.Type, map, position.Provided))
            return position.Object.AddHidden(map.Segments);

        var first = position.Type.Field(map.Segments[0].Field);
        foreach (var (source, lookup) in first is null ? [] : Candidates(position, first))
        {
            if (source.NeedsParentValues || !CanResolve(source.Schema, position.Type, map, null)) continue;
            var provider = EntityFetch(position, source.Schema, lookup, requirements: null);
            requiring.DependsOn.Add(provider);
            return provider.Selections.AddHidden(map.Segments);
        }
        throw new OperationPlanningException(PlanningErrorCodes.CannotPlan,
            $"No source schema can provide '{map}' of {position.Type.Name} at {Describe(position.Path)}.");
    }

    private bool CanResolve(string schema, CompositeType type, FieldPath path, ProvidedFields? provided)
    {
        var current = type;
        for (var i = 0; i < path.Segments.Count; i++)
        {
            var field = current.Field(path.Segments[i].Field);
            var source = field?.SourceIn(schema);
            if (source is null || source.NeedsParentValues || !(source.Resolves || provided?.Contains(field!.Name) == true)) return false;
            if (i == path.Segments.Count - 1) return true;
            if (_schema.Type(field!.Type.NamedType) is not { IsAbstract: false } next) return false;
            provided = ProvidedFields.Union(provided?.Below(field.Name), source.Provides);
            current = next;
        }
        return true;
    }

    private FetchBuilder NewFetch(string schema, FetchKind kind, IReadOnlyList<PathStep> target, Lookup? lookup)
    {
        var fetch = new FetchBuilder(_fetches.Count, schema, kind, target, lookup);
        _fetches.Add(fetch);
        return fetch;
    }

    private CompositeField Definition(CompositeType type, GraphQLField field)
        => type.Field(field.Name.StringValue)
           ?? throw new OperationPlanningException(PlanningErrorCodes.CannotPlan, $"{type.Name} has no field '{field.Name.StringValue}'.");

    private bool Applies(GraphQLTypeCondition? condition, CompositeType type)
        => condition is null || _schema.Applies(condition.Type.Name.StringValue, type.Name);

    /// <summary>The directive-only fragments between an object's selection set and the place a field is planned.</summary>
    private static IReadOnlyList<IReadOnlyList<GraphQLDirective>> ConditionsOf(SubgraphSelectionSet objectSelections, SubgraphSelectionSet output)
    {
        if (ReferenceEquals(objectSelections, output)) return [];
        foreach (var fragment in objectSelections.Items.OfType<SubgraphInlineFragment>().Where(f => f.TypeCondition is null))
        {
            var inner = ConditionsOf(fragment.SelectionSet, output);
            if (ReferenceEquals(fragment.SelectionSet, output) || inner.Count > 0) return [fragment.Directives, .. inner];
        }
        return [];
    }

    private static SubgraphSelectionSet Conditional(SubgraphSelectionSet output, IReadOnlyList<IReadOnlyList<GraphQLDirective>> conditions)
    {
        foreach (var directives in conditions)
            if (directives.Count > 0) output = output.ConditionalFragment(directives);
        return output;
    }

    private static IReadOnlyList<IReadOnlyList<GraphQLDirective>> WithConditions(
        IReadOnlyList<IReadOnlyList<GraphQLDirective>> conditions, GraphQLDirectives? directives)
        => Conditions(directives) is { Count: > 0 } own ? [.. conditions, own] : conditions;

    /// <summary>The <c>@skip</c> and <c>@include</c> directives, which subgraph documents carry along.</summary>
    private static IReadOnlyList<GraphQLDirective> Conditions(GraphQLDirectives? directives)
        => directives?.Items.Where(d => d.Name.StringValue is "skip" or "include").ToList() ?? [];

    private static bool HasConditionalDirectives(ASTNode node) => node switch
    {
        GraphQLDocument document => document.Definitions.Any(HasConditionalDirectives),
        GraphQLOperationDefinition operation => HasConditionalDirectives(operation.SelectionSet),
        GraphQLFragmentDefinition fragment => HasConditionalDirectives(fragment.SelectionSet),
        GraphQLSelectionSet set => set.Selections.Any(HasConditionalDirectives),
        GraphQLField field => Conditions(field.Directives).Count > 0 || (field.SelectionSet is not null && HasConditionalDirectives(field.SelectionSet)),
        GraphQLInlineFragment fragment => Conditions(fragment.Directives).Count > 0 || HasConditionalDirectives(fragment.SelectionSet),
        GraphQLFragmentSpread spread => Conditions(spread.Directives).Count > 0,
        _ => false,
    };

    private static string ResponseName(GraphQLField field) => (field.Alias?.Name ?? field.Name).StringValue;

    private static string PathKey(IReadOnlyList<PathStep> path) => string.Join('/', path);

    private static string Describe(IReadOnlyList<PathStep> path) => path.Count == 0 ? "the root" : string.Join('.', path.Select(p => p.ResponseName));

    /// <summary>Orders the fetches so that each comes after its dependencies (creation order otherwise), prints their documents and batches them.</summary>
    private List<Fetch> Finish()
    {
        var ordered = new List<FetchBuilder>();
        var done = new HashSet<FetchBuilder>();
        while (ordered.Count < _fetches.Count)
        {
            var next = _fetches.First(f => !done.Contains(f) && f.DependsOn.All(done.Contains));
            ordered.Add(next);
            done.Add(next);
        }
        var ids = ordered.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i + 1);
        var fetches = ordered.Select(f => Print(f, ids[f], f.DependsOn.Select(d => ids[d]).Order().ToList())).ToList();
        FetchBatcher.Batch(fetches, name => _schema.SourceSchema(name) is { VariableBatching: true, RequestBatching: true });
        return fetches;
    }

    private Fetch Print(FetchBuilder fetch, int id, IReadOnlyList<int> dependsOn)
    {
        var printer = new SubgraphDocumentPrinter();
        var selections = printer.Print(fetch.Selections);
        var hidden = fetch.Variables.Select(v => v.Name).ToHashSet();
        var forwarded = printer.Variables.Where(v => !hidden.Contains(v)).ToList();
        var forwardedDefinitions = forwarded.Select(VariableDefinition).ToList();

        if (fetch.Lookup is not { } lookup)
        {
            var operation = _operation.Operation == OperationType.Mutation ? "mutation" : "query";
            var header = forwarded.Count > 0 ? $"{operation}({string.Join(", ", forwardedDefinitions)})" : operation;
            return new Fetch(id, fetch.SourceSchema, fetch.Kind, dependsOn, fetch.Target, fetch.ResponseNames, $"{header} {selections}", forwarded, null);
        }

        if (lookup.Entities is { } entities)
        {
            var entitiesLookup = EntityLookup.ForEntities(entities.TypeName, fetch.KeyFields, fetch.RequiredFields, fetch.RequiredAliases, selections, forwardedDefinitions);
            return new Fetch(id, fetch.SourceSchema, fetch.Kind, dependsOn, fetch.Target, fetch.ResponseNames, entitiesLookup.SingleDocument(), forwarded, entitiesLookup);
        }

        var keyArguments = string.Join(", ", lookup.Arguments.Select((a, i) => $"{a.Name}: ${fetch.KeyVariables[i]}"));
        var entityLookup = new EntityLookup(lookup.Path, lookup.Field, fetch.Variables, $"{lookup.Field}({keyArguments}) {selections}", forwardedDefinitions);
        return new Fetch(id, fetch.SourceSchema, fetch.Kind, dependsOn, fetch.Target, fetch.ResponseNames, entityLookup.SingleDocument(), forwarded, entityLookup);
    }

    private string VariableDefinition(string name)
    {
        var definition = _operation.Variables?.Items.FirstOrDefault(v => v.Variable.Name.StringValue == name)
            ?? throw new OperationPlanningException(PlanningErrorCodes.CannotPlan, $"The variable ${name} is not defined by the operation.");
        var text = $"${name}: {Printer.Print(definition.Type)}";
        return definition.DefaultValue is null ? text : $"{text} = {Printer.Print(definition.DefaultValue)}";
    }
}
