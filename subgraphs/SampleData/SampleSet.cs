using System.Collections;

namespace FederatedGraph.Subgraphs.SampleData;

/// <summary>
/// One registry collection, generated lazily on every enumeration (nothing is cached, so a
/// million persons never sit in memory) with its exact <see cref="Count"/> known up front for
/// progress reporting. Enumerating twice yields equal items in the same order.
/// </summary>
public sealed class SampleSet<T> : IReadOnlyCollection<T>
{
    private readonly Func<IEnumerable<T>> generate;
    private readonly Lazy<int> count;

    internal SampleSet(Func<IEnumerable<T>> generate, Func<int> count)
    {
        this.generate = generate;
        this.count = new Lazy<int>(count);
    }

    /// <summary>Exact number of items; computed arithmetically or by a cheap pass that builds no records.</summary>
    public int Count => count.Value;

    public IEnumerator<T> GetEnumerator() => generate().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
