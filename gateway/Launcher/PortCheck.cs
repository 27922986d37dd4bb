using System.Net;
using System.Net.Sockets;

namespace FederatedGraph.Launcher;

/// <summary>Checks every port before anything starts, so a busy port is one clear message instead of a process dying halfway.</summary>
internal static class PortCheck
{
    /// <summary>One message per port that two processes want or that something else already holds; empty when all are free.</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<(string Name, int Port)> wanted)
    {
        var problems = new List<string>();
        foreach (var group in wanted.GroupBy(w => w.Port))
        {
            var names = group.Select(w => w.Name).ToList();
            if (names.Count > 1)
                problems.Add($"Port {group.Key} is wanted by both {string.Join(" and ", names)}: give one of them another with --port <name>=<port>.");
            else if (!IsFree(group.Key))
                problems.Add($"Port {group.Key} (wanted by {names[0]}) is already in use. Stop the process that holds it (perhaps a " +
                             $"federation that is still running; `ss -ltnp 'sport = :{group.Key}'` shows it), or choose other ports " +
                             $"with --base-port <port> or --port {names[0]}=<port>.");
        }
        return problems;
    }

    /// <summary>Whether a listener could bind the loopback port now: the processes bind 127.0.0.1, so this is the test they face.</summary>
    public static bool IsFree(int port)
    {
        var probe = new TcpListener(IPAddress.Loopback, port);
        try
        {
            probe.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            probe.Stop();
        }
    }
}
