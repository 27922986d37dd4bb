using FederatedGraph.Composition.FieldSelection;
using GraphQLParser.AST;

namespace FederatedGraph.Composition.Tests;

public sealed class FieldSelectionMapTests
{
    [Theory]
    [InlineData("id", "id")]
    [InlineData("dimension.size", "dimension.size")]
    [InlineData("mediaById<Book>.isbn", "mediaById<Book>.isbn")]
    [InlineData("<Book>.isbn", "<Book>.isbn")]
    [InlineData("{ width: width height }", "{ width height }")]
    [InlineData("{ w: width, h: height }", "{ w: width h: height }")]
    [InlineData("dimension.{ width height }", "dimension.{ width height }")]
    [InlineData("parts[id]", "parts[id]")]
    [InlineData("parts[[{ id name }]]", "parts[[{ id name }]]")]
    [InlineData("mediaById<Book>.title | mediaById<Movie>.movieTitle", "mediaById<Book>.title | mediaById<Movie>.movieTitle")]
    [InlineData("{ nested: { movieId: <Movie>.id } | { productId: <Product>.id } }", "{ nested: { movieId: <Movie>.id } | { productId: <Product>.id } }")]
    [InlineData("{ coordinates: coordinates[{ lat: x lon: y }] }", "{ coordinates: coordinates[{ lat: x lon: y }] }")]
    [InlineData("width(unit: IMPERIAL)", "width(unit: IMPERIAL)")]
    [InlineData("packaging (material: BOX, sizes: [1, 2]) .weight", "packaging(material: BOX, sizes: [1, 2]).weight")]
    [InlineData("mediaById(scope: LOCAL)<Book>.isbn", "mediaById(scope: LOCAL)<Book>.isbn")]
    [InlineData("{ width(unit: CM) height: height(unit: CM) depth: diepte(unit: CM) }", "{ width(unit: CM) height(unit: CM) depth: diepte(unit: CM) }")]
    [InlineData("label(text: \"a) b\", filter: { prefix: \"(\" })", "label(text: \"a) b\", filter: {prefix: \"(\"})")]
    public void Parses_and_prints_canonically(string text, string canonical)
        => Assert.Equal(canonical, FieldSelectionMap.Parse(text).ToString());

    [Fact]
    public void A_path_keeps_its_segments_and_type_conditions()
    {
        var value = Assert.IsType<SelectedPath>(FieldSelectionMap.Parse("mediaById<Book>.author.name"));

        Assert.Equal(["mediaById", "author", "name"], value.Path.Segments.Select(s => s.Field));
        Assert.Equal("Book", value.Path.Segments[0].TypeCondition);
        Assert.Null(value.Selection);
    }

    [Fact]
    public void A_segment_keeps_its_constant_arguments()
    {
        var value = Assert.IsType<SelectedPath>(FieldSelectionMap.Parse("packaging(material: BOX).weight(unit: $unit)"));

        Assert.Equal([("material", "BOX")], value.Path.Segments[0].Arguments.Select(a => (a.Name.StringValue, ((GraphQLEnumValue)a.Value).Name.StringValue)));
        // A variable parses; the validation rules refuse it, since a map may only pass constants.
        Assert.IsType<GraphQLVariable>(value.Path.Segments[1].Arguments.Single().Value);
    }

    [Theory]
    [InlineData("", "expected a name")]
    [InlineData("a.", "expected a name")]
    [InlineData("{ }", "at least one field")]
    [InlineData("{ a ", "expected '}'")]
    [InlineData("a<Book>", "expected '.'")]
    [InlineData("a b", "unexpected 'b'")]
    [InlineData("parts[id", "expected ']'")]
    [InlineData("1abc", "expected a name")]
    [InlineData("id(scope: LOCAL", "expected ')'")]
    [InlineData("id()", "invalid arguments")]
    [InlineData("id(scope LOCAL)", "invalid arguments")]
    public void Rejects_malformed_maps_with_a_reason(string text, string reason)
    {
        Assert.Null(FieldSelectionMap.TryParse(text, out var error));
        Assert.Contains(reason, error);
    }
}
