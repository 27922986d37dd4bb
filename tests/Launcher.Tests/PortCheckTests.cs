using System.Net;
using System.Net.Sockets;

namespace FederatedGraph.Launcher.Tests;

public sealed class PortCheckTests
{
    [Fact]
    public void A_port_held_by_a_listener_is_named_with_the_process_that_wanted_it()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        var problem = Assert.Single(PortCheck.Problems([("brp", port)]));

        Assert.StartsWith($"Port {port} (wanted by brp) is already in use.", problem);
        Assert.Contains($"--port brp=<port>", problem);
        Assert.False(PortCheck.IsFree(port));
    }

    [Fact]
    public void Free_ports_are_no_problem()
    {
        var port = FreePort();

        Assert.Empty(PortCheck.Problems([("gateway", port)]));
        Assert.True(PortCheck.IsFree(port), "the check itself must not keep the port");
    }

    [Fact]
    public void Two_processes_on_one_port_are_a_problem_before_anything_listens()
    {
        var port = FreePort();

        var problem = Assert.Single(PortCheck.Problems([("bag", port), ("hr", port)]));

        Assert.Equal($"Port {port} is wanted by both bag and hr: give one of them another with --port <name>=<port>.", problem);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
