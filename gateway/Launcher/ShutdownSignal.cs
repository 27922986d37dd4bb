using System.Runtime.InteropServices;

namespace FederatedGraph.Launcher;

/// <summary>Turns Ctrl+C (SIGINT) and SIGTERM into a cancellation instead of an abrupt exit, so the launcher can stop its children first.</summary>
internal sealed class ShutdownSignal : IDisposable
{
    private readonly CancellationTokenSource _requested = new();
    private readonly PosixSignalRegistration[] _registrations;

    public ShutdownSignal() => _registrations = [Listen(PosixSignal.SIGINT), Listen(PosixSignal.SIGTERM)];

    public CancellationToken Token => _requested.Token;

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _requested.Dispose();
    }

    private PosixSignalRegistration Listen(PosixSignal signal) => PosixSignalRegistration.Create(signal, context =>
    {
        context.Cancel = true;
        _requested.Cancel();
    });
}
