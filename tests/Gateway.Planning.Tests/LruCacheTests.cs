using FederatedGraph.Caching;

namespace FederatedGraph.Gateway.Planning.Tests;

/// <summary>The bounded cache behind the plan cache (and the validated-document caches of the gateway and the subgraphs).</summary>
public sealed class LruCacheTests
{
    [Fact]
    public void The_least_recently_used_entry_goes_first()
    {
        var cache = new LruCache<string, int>(2);
        cache.Add("a", 1);
        cache.Add("b", 2);
        Assert.True(cache.TryGet("a", out _)); // "a" is now more recent than "b"
        cache.Add("c", 3);

        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal(1, a);
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void The_first_value_for_a_key_stays()
    {
        var cache = new LruCache<string, int>(2);
        cache.Add("a", 1);
        cache.Add("a", 2);

        Assert.True(cache.TryGet("a", out var value));
        Assert.Equal(1, value);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void A_cache_of_capacity_zero_holds_nothing()
    {
        var cache = new LruCache<string, int>(0);
        cache.Add("a", 1);

        Assert.False(cache.TryGet("a", out _));
    }
}
