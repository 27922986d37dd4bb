using System.Net;

namespace FederatedGraph.Launcher;

/// <summary>Waits for a started process to answer <c>GET /health</c> with 200, which the subgraphs do once seeded and listening.</summary>
internal sealed class HealthWait(HttpClient http, TimeSpan startTimeout)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Returns once <paramref name="child"/> is healthy. Fails when any of <paramref name="running"/> exits meanwhile, or
    /// when the child stays silent for the start timeout without getting healthy.</summary>
    public async Task UntilHealthyAsync(ChildProcess child, IReadOnlyList<ChildProcess> running, CancellationToken cancellationToken)
    {
        while (!await IsHealthyAsync(child.Spec.HealthUrl, cancellationToken))
        {
            if (running.FirstOrDefault(other => other.Exited.IsCompleted) is { } exited)
                throw new LaunchFailedException(exited.Report($"{exited.Spec.Name} exited (code {exited.Exited.Result}) while starting."));
            if (IsSilentTooLong(child))
                throw new LaunchFailedException(child.Report(
                    $"{child.Spec.Name} did not come up: {child.Spec.HealthUrl} did not answer 200, and it printed nothing for " +
                    $"{startTimeout.TotalSeconds:N0} s (--start-timeout)."));
            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    /// <summary>For a process the federation can do without: false, instead of a failure, when it exits or stays silent
    /// for the start timeout.</summary>
    public async Task<bool> TryUntilHealthyAsync(ChildProcess child, CancellationToken cancellationToken)
    {
        while (!await IsHealthyAsync(child.Spec.HealthUrl, cancellationToken))
        {
            if (child.Exited.IsCompleted || IsSilentTooLong(child)) return false;
            await Task.Delay(PollInterval, cancellationToken);
        }
        return true;
    }

    private bool IsSilentTooLong(ChildProcess child) => DateTime.UtcNow - child.LastOutput > startTimeout;

    private async Task<bool> IsHealthyAsync(string url, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RequestTimeout);
        try
        {
            using var response = await http.GetAsync(url, timeout.Token);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception exception) when (exception is HttpRequestException || exception is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
