using System.Linq.Expressions;
using FederatedGraph.Subgraphs.Toolkit.Lookups;

namespace FederatedGraph.Subgraphs.Toolkit.Tests.Lookups;

public sealed class ColumnReadersTests
{
    private sealed record Row(string Code, Row? Parent);

    [Fact]
    public void A_column_is_compiled_once_and_reads_the_column()
    {
        var first = ColumnReaders.For<Row, string>(r => r.Code);
        var second = ColumnReaders.For<Row, string>(r => r.Code);

        Assert.Same(first, second);
        Assert.Equal("a", first(new Row("a", null)));
    }

    [Fact]
    public void A_nested_or_boxed_member_path_is_read_through()
    {
        var parentCode = ColumnReaders.For<Row, string?>(r => r.Parent!.Code);
        var boxed = ColumnReaders.For<Row, object?>(r => r.Code);

        Assert.Equal("p", parentCode(new Row("c", new Row("p", null))));
        Assert.Equal("c", boxed(new Row("c", null)));
    }

    [Fact]
    public void Lambdas_with_captured_values_are_never_confused_with_each_other()
    {
        // Both print as "r => (r.Code + value(...).suffix)"; a cache keyed on the text would hand out the first.
        static Expression<Func<Row, string>> WithSuffix(string suffix) => r => r.Code + suffix;

        Assert.Equal("a-1", ColumnReaders.For(WithSuffix("-1"))(new Row("a", null)));
        Assert.Equal("a-2", ColumnReaders.For(WithSuffix("-2"))(new Row("a", null)));
    }
}
