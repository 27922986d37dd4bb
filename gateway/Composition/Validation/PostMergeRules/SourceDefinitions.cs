using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <summary>One source schema's definition of a merged element: the place a team would change.</summary>
internal readonly record struct SourceDefinition<T>(SchemaModel Schema, T Element) where T : SchemaElement;

/// <summary>
/// Finds where a merged element was written in the source schemas, in source order. Post-merge findings are
/// reported there, because the merged schema's own locations carry no schema name.
/// </summary>
internal static class SourceDefinitions
{
    public static IEnumerable<SourceDefinition<TypeDefinition>> OfType(MergedSchema merged, string type)
        => merged.SourceSchemas
            .Where(s => s.Types[type] is not null)
            .Select(s => new SourceDefinition<TypeDefinition>(s, s.Types[type]!));

    public static IEnumerable<SourceDefinition<OutputFieldDefinition>> OfField(MergedSchema merged, string type, string field)
        => OfType(merged, type)
            .Where(d => d.Element is ComplexTypeDefinition complex && complex.Fields[field] is not null)
            .Select(d => new SourceDefinition<OutputFieldDefinition>(d.Schema, ((ComplexTypeDefinition)d.Element).Fields[field]!));

    public static IEnumerable<SourceDefinition<InputValueDefinition>> OfArgument(MergedSchema merged, string type, string field, string argument)
        => OfField(merged, type, field)
            .Where(d => d.Element.Arguments[argument] is not null)
            .Select(d => new SourceDefinition<InputValueDefinition>(d.Schema, d.Element.Arguments[argument]!));

    public static IEnumerable<SourceDefinition<InputValueDefinition>> OfInputField(MergedSchema merged, string type, string field)
        => OfType(merged, type)
            .Where(d => d.Element is InputObjectTypeDefinition input && input.Fields[field] is not null)
            .Select(d => new SourceDefinition<InputValueDefinition>(d.Schema, ((InputObjectTypeDefinition)d.Element).Fields[field]!));

    /// <summary>The first definition that is marked <c>@inaccessible</c>: the one that hides the merged element.</summary>
    public static SourceDefinition<T> Hiding<T>(this IEnumerable<SourceDefinition<T>> definitions) where T : SchemaElement
    {
        var all = definitions.ToList();
        return all.FirstOrDefault(d => d.Element.IsInaccessible(), all[0]);
    }

    public static void Error<T>(this CompositionLog log, string code, SourceDefinition<T> at, string message) where T : SchemaElement
        => log.Error(code, at.Schema, at.Element, message);
}
