using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.FieldSelection;
using FederatedGraph.Composition.Model;
using FederatedGraph.Composition.SourceSchemas;
using GraphQLParser;
using GraphQLParser.AST;

namespace FederatedGraph.Composition.Apollo;

/// <summary>
/// Reads an Apollo Federation subgraph's own SDL (what <c>{ _service { sdl } }</c> returns) into the model our
/// composer merges, so that Apollo subgraphs go through the same validation, merge and satisfiability check as our
/// Composite Schemas source schemas. The federation directives are translated to their Composite Schemas
/// counterparts where the two specs mean the same (<c>@key</c>, <c>@external</c>, <c>@provides</c>,
/// <c>@shareable</c>, <c>@override</c>, <c>@inaccessible</c>, <c>@interfaceObject</c>) and kept aside in
/// <see cref="ApolloSubgraphFacts"/> where they do not (<c>@requires</c> is a selection on the parent, not a
/// <c>@require</c>d argument; <c>resolvable: false</c> has no Composite Schemas form). The federation machinery
/// (<c>_service</c>, <c>_entities</c>, <c>_Any</c>, the directive definitions, <c>@link</c>) is dropped: the
/// gateway knows it, and the merged schema must not show it.
/// </summary>
public static class SubgraphReader
{
    public const string UnsupportedFederationVersion = "APOLLO_UNSUPPORTED_FEDERATION_VERSION";
    public const string UnsupportedDirective = "APOLLO_UNSUPPORTED_DIRECTIVE";
    public const string IgnoredDirective = "APOLLO_DIRECTIVE_IGNORED";

    /// <summary>The subgraph as a source schema model, or null when it cannot be read (the reason is in the log).</summary>
    public static SchemaModel? Read(string name, string sdl, CompositionLog log)
    {
        if (SdlReader.Read(name, sdl, log) is not { } schema) return null;
        var names = FederationNames.From(schema, (location, code, message) => log.Error(code, name, location, message));
        if (names is null) return null;

        schema.Apollo = new ApolloSubgraphFacts(names.Version);
        var translation = new Translation(schema, names, ExtensionOnlyTypes(sdl), log);
        translation.Run();
        RequiresFieldsMissingExternalRule.Validate(schema, log);
        return schema;
    }

    /// <summary>
    /// The object and interface types the SDL only extends (<c>extend type</c>, no definition): in Federation 1 the
    /// way to add fields to an entity another subgraph owns.
    /// </summary>
    private static HashSet<string> ExtensionOnlyTypes(string sdl)
    {
        var document = Parser.Parse(sdl, new ParserOptions { Ignore = IgnoreOptions.Comments });
        var defined = document.Definitions.OfType<GraphQLTypeDefinition>().Select(t => t.Name.StringValue).ToHashSet(StringComparer.Ordinal);
        return document.Definitions
            .OfType<GraphQLTypeExtension>()
            .Where(e => e is GraphQLObjectTypeExtension or GraphQLInterfaceTypeExtension && !defined.Contains(e.Name.StringValue))
            .Select(e => e.Name.StringValue)
            .ToHashSet(StringComparer.Ordinal);
    }

    private sealed class Translation(SchemaModel schema, FederationNames names, HashSet<string> extended, CompositionLog log)
    {
        private readonly ApolloSubgraphFacts facts = schema.Apollo!;

        public void Run()
        {
            RemoveMachinery();
            foreach (var directive in schema.SchemaDirectives.ToList())
                Translate(schema.SchemaDirectives, directive, "the schema", null, null);
            foreach (var type in schema.Types)
            {
                Translate(type, type.Name, type as ComplexTypeDefinition, null);
                switch (type)
                {
                    case ComplexTypeDefinition complex:
                        foreach (var field in complex.Fields)
                        {
                            Translate(field, $"{type.Name}.{field.Name}", complex, field);
                            foreach (var argument in field.Arguments) Translate(argument, $"{type.Name}.{field.Name}({argument.Name}:)", null, null);
                        }
                        break;
                    case EnumTypeDefinition enumType:
                        foreach (var value in enumType.Values) Translate(value, $"{type.Name}.{value.Name}", null, null);
                        break;
                    case InputObjectTypeDefinition input:
                        foreach (var field in input.Fields) Translate(field, $"{type.Name}.{field.Name}", null, null);
                        break;
                }
            }
            foreach (var type in schema.ComplexTypes)
            {
                ExternalTypeToFields(type);
                if (extended.Contains(type.Name)) KeyFieldsOfExtensionAreOwn(type);
            }
            if (!names.IsFederation2) Federation1ValueTypesAreShareable();
        }

        /// <summary>Drops <c>_service</c>, <c>_entities</c> and the federation and link types and directive definitions.</summary>
        private void RemoveMachinery()
        {
            foreach (var type in schema.Types.Where(t => names.IsMachineryType(t.Name)).ToList()) schema.Types.Remove(type.Name);
            foreach (var directive in schema.DirectiveDefinitions.Where(d => names.IsMachineryDirective(d.Name)).ToList())
                schema.DirectiveDefinitions.Remove(directive.Name);
            if (schema.QueryType is { } query)
            {
                query.Fields.Remove("_service");
                query.Fields.Remove("_entities");
                // A subgraph that only contributes entity fields has a query type with nothing but the machinery.
                if (query.Fields.Count == 0)
                {
                    schema.Types.Remove(query.Name);
                    schema.QueryTypeName = null;
                }
            }
        }

        private void Translate(SchemaElement element, string what, ComplexTypeDefinition? type, OutputFieldDefinition? field)
        {
            foreach (var directive in element.Directives.ToList())
                Translate(element.Directives, directive, what, type, field);
        }

        private void Translate(List<DirectiveApplication> directives, DirectiveApplication directive, string what, ComplexTypeDefinition? type, OutputFieldDefinition? field)
        {
            if (directive.Name == "link" && ReferenceEquals(directives, schema.SchemaDirectives))
            {
                directives.Remove(directive);
                return;
            }
            if (names.Directive(directive.Name) is not { } specified) return;

            var index = directives.IndexOf(directive);
            directives.RemoveAt(index);
            switch (specified)
            {
                case "key":
                    var fields = directive.StringArgument("fields");
                    // resolvable: false has no Composite Schemas form: the key stays (it identifies the entity for
                    // other subgraphs), but no _entities lookup is made for it.
                    if (fields is not null && type is not null && directive.Arguments.TryGetValue("resolvable", out var resolvable)
                        && resolvable is GraphQLBooleanValue { BoolValue: false })
                        facts.UnresolvableKeys.Add((type.Name, fields));
                    directives.Insert(index, Renamed(directive, CompositeDirectives.Key, "fields"));
                    break;
                case "requires":
                    // Apollo's @requires names fields of the parent the gateway must fetch first and pass in the
                    // entity's representation; Composite Schemas only knows @require on arguments, so it is kept aside.
                    if (field is not null && type is not null && directive.StringArgument("fields") is { } required)
                        facts.Requires[$"{type.Name}.{field.Name}"] = required;
                    else
                        log.Error(RequiresFieldsMissingExternalRule.Code, schema.Name, directive.Location,
                            $"@{directive.Name} on {what} needs a field selection string, as in @requires(fields: \"weight\"), on a field of an object type.");
                    break;
                case "provides":
                    directives.Insert(index, Renamed(directive, CompositeDirectives.Provides, "fields"));
                    break;
                case "override":
                    if (directive.Arguments.ContainsKey("label"))
                        Warn(directive, $"@override(label:) on {what} asks for a progressive override, which the gateway does not do: it always asks the overriding subgraph.");
                    directives.Insert(index, Renamed(directive, CompositeDirectives.Override, "from"));
                    break;
                case "external" or "shareable" or "inaccessible" or "interfaceObject":
                    directives.Insert(index, Renamed(directive, specified));
                    break;
                case "extends":
                    if (type is not null) extended.Add(type.Name);
                    break;
                case "context" or "fromContext":
                    log.Error(UnsupportedDirective, schema.Name, directive.Location,
                        $"@{directive.Name} on {what}: the gateway does not support Apollo's @context/@fromContext. Pass the value as an argument or through @requires.");
                    break;
                case "authenticated" or "requiresScopes" or "policy":
                    Warn(directive, $"@{directive.Name} on {what} is not enforced by this gateway; access is decided by its own authorisation.");
                    break;
                default:
                    // @tag, @composeDirective, @cost, @listSize: metadata the gateway does not use.
                    break;
            }
        }

        private static DirectiveApplication Renamed(DirectiveApplication directive, string name, params string[] keep)
            => new(name, directive.Arguments.Where(a => keep.Contains(a.Key)).ToDictionary(), directive.Location);

        private void Warn(DirectiveApplication directive, string message)
            => log.Add(new CompositionError(IgnoredDirective, CompositionSeverity.Warning, schema.Name, directive.Location, message));

        /// <summary>Federation 2 allows <c>@external</c> on a type, meaning each of its fields.</summary>
        private static void ExternalTypeToFields(ComplexTypeDefinition type)
        {
            if (type.Directive(CompositeDirectives.External) is not { } external) return;
            type.Directives.Remove(external);
            foreach (var field in type.Fields.Where(f => !f.IsExternal())) field.Directives.Add(external);
        }

        /// <summary>
        /// Federation 1 marks the key fields of an extended entity <c>@external</c>, although the subgraph receives
        /// them in every representation and can return them. Federation 2 composition drops those marks (its schema
        /// upgrade does), and so do we: the fields are the subgraph's own key fields.
        /// </summary>
        private void KeyFieldsOfExtensionAreOwn(ComplexTypeDefinition type)
        {
            foreach (var key in type.Keys())
            {
                if (key.StringArgument("fields") is not { } fields || FieldSelectionSet.TryParse(fields, out _) is not { } selection) continue;
                foreach (var node in selection.Selections.OfType<GraphQLField>())
                {
                    if (type.Fields[node.Name.StringValue] is { } field && field.Directive(CompositeDirectives.External) is { } external)
                        field.Directives.Remove(external);
                }
            }
        }

        /// <summary>
        /// Federation 1 has no <c>@shareable</c>: a value type (an object type without a key) may be defined by
        /// several subgraphs as is. Marking it shareable gives it the same meaning under the Composite Schemas rules.
        /// </summary>
        private void Federation1ValueTypesAreShareable()
        {
            foreach (var type in schema.ObjectTypes.Where(t => !schema.IsRootType(t.Name) && !t.Keys().Any() && !t.HasDirective(CompositeDirectives.Shareable)))
                type.Directives.Add(new DirectiveApplication(CompositeDirectives.Shareable, new Dictionary<string, GraphQLValue>(), type.Location));
        }
    }
}
