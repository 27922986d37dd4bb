using FederatedGraph.Composition.FieldSelection;

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

    [Theory]
    [InlineData("", "expected a name")]
    [InlineData("a.", "expected a name")]
    [InlineData("{ }", "at least one field")]
    [InlineData("{ a ", "expected '}'")]
    [InlineData("a<Book>", "expected '.'")]
    [InlineData("a b", "unexpected 'b'")]
    [InlineData("parts[id", "expected ']'")]
    [InlineData("1abc", "expected a name")]
    public void Rejects_malformed_maps_with_a_reason(string text, string reason)
    {
        Assert.Null(FieldSelectionMap.TryParse(text, out var error));
        Assert.Contains(reason, error);
    }
}
