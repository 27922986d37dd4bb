using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace FederatedGraph.Composition.SourceSchemas;

/// <summary>
/// Reads a source schema's SDL into a <see cref="SchemaModel"/>, keeping where each element was written.
/// Extensions are folded into their type. Syntax errors and duplicate definitions are <c>INVALID_GRAPHQL</c>.
/// </summary>
public static class SdlReader
{
    public const string InvalidGraphQL = "INVALID_GRAPHQL";

    /// <summary>The schema, or null when the SDL cannot be read at all (the reason is in the log).</summary>
    public static SchemaModel? Read(string schemaName, string sdl, CompositionLog log)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(sdl, new ParserOptions { Ignore = IgnoreOptions.Comments });
        }
        catch (GraphQLSyntaxErrorException e)
        {
            log.Error(InvalidGraphQL, schemaName, new SourceLocation(e.Location.Line, e.Location.Column), $"The SDL is not valid GraphQL: {e.Description}. Fix the syntax at this place.");
            return null;
        }

        var reader = new Reader(new SchemaModel(schemaName), new SourceText(sdl), log);
        reader.ReadAll(document);
        return reader.Schema;
    }

    private sealed class Reader(SchemaModel schema, SourceText text, CompositionLog log)
    {
        public SchemaModel Schema { get; } = schema;

        public void ReadAll(GraphQLDocument document)
        {
            // Definitions first, then extensions, so an extension may come before its type in the file.
            foreach (var definition in document.Definitions.Where(d => d is not (GraphQLTypeExtension or GraphQLSchemaExtension)))
                Define(definition);
            foreach (var extension in document.Definitions.Where(d => d is GraphQLTypeExtension or GraphQLSchemaExtension))
                Extend(extension);
            ResolveRootTypes();
        }

        private void Define(ASTNode node)
        {
            switch (node)
            {
                case GraphQLSchemaDefinition definition:
                    if (Schema.HasSchemaDefinition)
                        log.Error(InvalidGraphQL, Schema.Name, At(definition), "The schema is defined twice. Keep one schema definition and turn the other into 'extend schema'.");
                    Schema.HasSchemaDefinition = true;
                    Schema.SchemaDefinitionLocation = At(definition);
                    Schema.Description = definition.Description?.Value.ToString();
                    ReadSchemaParts(definition.OperationTypes, definition.Directives);
                    break;
                case GraphQLDirectiveDefinition directive:
                    var directiveDefinition = new DirectiveDefinition(directive.Name.StringValue, At(directive.Name))
                    {
                        Description = directive.Description?.Value.ToString(),
                        IsRepeatable = directive.Repeatable,
                    };
                    ReadArguments(directive.Arguments, directiveDefinition.Arguments);
                    directiveDefinition.Locations.AddRange(directive.Locations.Items.Select(l => LocationName(l)));
                    if (!Schema.DirectiveDefinitions.Add(directiveDefinition))
                        Duplicate(directive.Name, "directive @" + directive.Name.StringValue);
                    break;
                case GraphQLTypeDefinition type:
                    var created = Create(type);
                    if (!Schema.Types.Add(created))
                    {
                        Duplicate(type.Name, "type " + type.Name.StringValue);
                        return;
                    }
                    Fill(created, type);
                    break;
                default:
                    log.Error(InvalidGraphQL, Schema.Name, At(node), $"A source schema may only contain type system definitions, not a {node.Kind}. Remove it.");
                    break;
            }
        }

        private void Extend(ASTNode node)
        {
            if (node is GraphQLSchemaExtension schemaExtension)
            {
                ReadSchemaParts(schemaExtension.OperationTypes, schemaExtension.Directives);
                return;
            }

            var extension = (GraphQLTypeExtension)node;
            var name = extension.Name.StringValue;
            var existing = Schema.Types[name];
            if (existing is null)
            {
                // Extending a type that is not defined is allowed in source schemas: the extension defines it.
                existing = Create(extension);
                Schema.Types.Add(existing);
            }
            else if (existing.Kind != Create(extension).Kind)
            {
                log.Error(InvalidGraphQL, Schema.Name, At(extension.Name), $"'extend' changes the kind of type '{name}' from {existing.Kind}. Extend it with the same kind.");
                return;
            }
            Fill(existing, extension);
        }

        private TypeDefinition Create(INamedNode type)
        {
            var name = type.Name.StringValue;
            var location = At(type.Name);
            return (ASTNode)type switch
            {
                GraphQLObjectTypeDefinition or GraphQLObjectTypeExtension => new ComplexTypeDefinition(name, TypeKind.Object, location),
                GraphQLInterfaceTypeDefinition or GraphQLInterfaceTypeExtension => new ComplexTypeDefinition(name, TypeKind.Interface, location),
                GraphQLUnionTypeDefinition or GraphQLUnionTypeExtension => new UnionTypeDefinition(name, location),
                GraphQLEnumTypeDefinition or GraphQLEnumTypeExtension => new EnumTypeDefinition(name, location),
                GraphQLInputObjectTypeDefinition or GraphQLInputObjectTypeExtension => new InputObjectTypeDefinition(name, location),
                _ => new ScalarTypeDefinition(name, location),
            };
        }

        private void Fill(TypeDefinition target, INamedNode source)
        {
            if (source is IHasDescriptionNode { Description: { } description }) target.Description = description.Value.ToString();
            if (source is IHasDirectivesNode { Directives: { } directives }) ReadDirectives(directives, target.Directives);

            switch (target, source)
            {
                case (ComplexTypeDefinition complex, IHasFieldsDefinitionNode fieldsNode):
                    if (source is IHasInterfacesNode { Interfaces: { } interfaces })
                        complex.Interfaces.AddRange(interfaces.Items.Select(i => i.Name.StringValue).Where(i => !complex.Interfaces.Contains(i)));
                    foreach (var field in fieldsNode.Fields?.Items ?? [])
                    {
                        var definition = new OutputFieldDefinition(field.Name.StringValue, Type(field.Type), At(field.Name))
                        {
                            Description = field.Description?.Value.ToString(),
                        };
                        ReadDirectives(field.Directives, definition.Directives);
                        ReadArguments(field.Arguments, definition.Arguments);
                        if (!complex.Fields.Add(definition)) Duplicate(field.Name, $"field {complex.Name}.{definition.Name}");
                    }
                    break;
                case (UnionTypeDefinition union, _):
                    var members = source is GraphQLUnionTypeDefinition d ? d.Types : ((GraphQLUnionTypeExtension)source).Types;
                    foreach (var member in members?.Items ?? [])
                    {
                        if (union.Members.Contains(member.Name.StringValue)) Duplicate(member.Name, $"member {member.Name.StringValue} of union {union.Name}");
                        else union.Members.Add(member.Name.StringValue);
                    }
                    break;
                case (EnumTypeDefinition enumType, _):
                    var values = source is GraphQLEnumTypeDefinition e ? e.Values : ((GraphQLEnumTypeExtension)source).Values;
                    foreach (var value in values?.Items ?? [])
                    {
                        var definition = new EnumValueDefinition(value.Name.StringValue, At(value.Name)) { Description = value.Description?.Value.ToString() };
                        ReadDirectives(value.Directives, definition.Directives);
                        if (!enumType.Values.Add(definition)) Duplicate(value.Name, $"value {enumType.Name}.{definition.Name}");
                    }
                    break;
                case (InputObjectTypeDefinition input, _):
                    var fields = source is GraphQLInputObjectTypeDefinition i ? i.Fields : ((GraphQLInputObjectTypeExtension)source).Fields;
                    foreach (var field in fields?.Items ?? [])
                    {
                        var definition = InputValue(field);
                        if (!input.Fields.Add(definition)) Duplicate(field.Name, $"input field {input.Name}.{definition.Name}");
                    }
                    break;
            }
        }

        private void ReadSchemaParts(List<GraphQLRootOperationTypeDefinition>? operationTypes, GraphQLDirectives? directives)
        {
            foreach (var root in operationTypes ?? [])
            {
                var name = root.Type!.Name.StringValue;
                switch (root.Operation)
                {
                    case OperationType.Query: Schema.QueryTypeName = name; break;
                    case OperationType.Mutation: Schema.MutationTypeName = name; break;
                    case OperationType.Subscription: Schema.SubscriptionTypeName = name; break;
                }
            }
            ReadDirectives(directives, Schema.SchemaDirectives);
        }

        /// <summary>Without a schema definition the root types are the types named Query, Mutation and Subscription.</summary>
        private void ResolveRootTypes()
        {
            if (Schema.HasSchemaDefinition || Schema.QueryTypeName is not null) return;
            if (Schema.Types.Contains("Query")) Schema.QueryTypeName = "Query";
            if (Schema.Types.Contains("Mutation")) Schema.MutationTypeName = "Mutation";
            if (Schema.Types.Contains("Subscription")) Schema.SubscriptionTypeName = "Subscription";
        }

        private void ReadArguments(GraphQLArgumentsDefinition? arguments, OrderedFieldMap<InputValueDefinition> target)
        {
            foreach (var argument in arguments?.Items ?? [])
            {
                if (!target.Add(InputValue(argument))) Duplicate(argument.Name, "argument " + argument.Name.StringValue);
            }
        }

        private InputValueDefinition InputValue(GraphQLInputValueDefinition node)
        {
            var definition = new InputValueDefinition(node.Name.StringValue, Type(node.Type), At(node.Name))
            {
                Description = node.Description?.Value.ToString(),
                DefaultValue = node.DefaultValue,
            };
            ReadDirectives(node.Directives, definition.Directives);
            return definition;
        }

        private void ReadDirectives(GraphQLDirectives? directives, List<DirectiveApplication> target)
        {
            foreach (var directive in directives?.Items ?? [])
            {
                var arguments = new Dictionary<string, GraphQLValue>(StringComparer.Ordinal);
                foreach (var argument in directive.Arguments?.Items ?? [])
                    arguments[argument.Name.StringValue] = argument.Value;
                target.Add(new DirectiveApplication(directive.Name.StringValue, arguments, At(directive)));
            }
        }

        private static TypeReference Type(GraphQLType type) => type switch
        {
            GraphQLNonNullType nonNull => new NonNullTypeReference(Type(nonNull.Type)),
            GraphQLListType list => new ListTypeReference(Type(list.Type)),
            GraphQLNamedType named => new NamedTypeReference(named.Name.StringValue),
            _ => throw new NotSupportedException(type.Kind.ToString()),
        };

        private static string LocationName(DirectiveLocation location)
            => string.Concat(location.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();

        private void Duplicate(ASTNode at, string what)
            => log.Error(InvalidGraphQL, Schema.Name, At(at), $"The {what} is defined more than once. Remove or rename the duplicate.");

        private SourceLocation At(ASTNode node) => text.At(node.Location.Start);
    }
}
