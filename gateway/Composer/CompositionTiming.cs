using System.Diagnostics;
using CompositeSchemaComposer = FederatedGraph.Composition.Composer;
using FederatedGraph.Composition.Output;
using FederatedGraph.Composition.SourceSchemas;

namespace FederatedGraph.Gateway.Composer;

/// <summary>How long composition takes, warm: parsing, every phase, and printing both gateway files.</summary>
internal static class CompositionTiming
{
    private const int WarmupRuns = 30;
    private const int MeasuredRuns = 20;

    public static string Measure(IReadOnlyList<SourceSchema> sources)
    {
        for (var i = 0; i < WarmupRuns; i++) ComposeOnce(sources);
        var times = new List<double>();
        for (var i = 0; i < MeasuredRuns; i++)
        {
            var started = Stopwatch.GetTimestamp();
            ComposeOnce(sources);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        times.Sort();
        var median = (times[(MeasuredRuns - 1) / 2] + times[MeasuredRuns / 2]) / 2;
        return $"Composition of {sources.Count} source schemas: median {median:F1} ms over {MeasuredRuns} warm runs (min {times[0]:F1} ms, max {times[^1]:F1} ms).";
    }

    private static void ComposeOnce(IReadOnlyList<SourceSchema> sources)
    {
        if (CompositeSchemaComposer.Compose(sources).Schema is { } merged) GatewayOutputs.Create(merged, sources);
    }
}
