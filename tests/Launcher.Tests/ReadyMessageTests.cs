namespace FederatedGraph.Launcher.Tests;

public sealed class ReadyMessageTests
{
    [Fact]
    public void The_curl_command_survives_a_shell_with_quotes_in_the_query()
        => Assert.Equal(
            """curl -s http://127.0.0.1:5100/graphql -H 'Content-Type: application/json' -H 'X-Processing-Activity: urn:a' -d '{"query":"{ a(b: \"it'\''s\") }"}'""",
            ReadyMessage.Curl("http://127.0.0.1:5100/graphql", """{ a(b: "it's") }""", [("X-Processing-Activity", "urn:a")]));

    [Fact]
    public void The_token_and_purpose_are_read_back_from_the_printed_message()
        => Assert.Equal([("Authorization", "Bearer eyJ.abc.def"), ("X-Processing-Activity", "urn:a")],
            ReadyMessage.ReadHeaders(["Running:", "  Authorization: Bearer eyJ.abc.def", "  X-Processing-Activity: urn:a", "In Banana Cake Pop these are already set"]));

    [Fact]
    public void The_dashboard_is_read_back_apart_from_the_graphql_processes()
    {
        string[] lines =
        [
            "Running:",
            "  gateway    http://127.0.0.1:5100/graphql  (pid 11)   open it in a browser for Banana Cake Pop",
            "  dashboard  http://127.0.0.1:5098/traces  (pid 12)   the trace viewer: traces, metrics and logs of every process",
        ];

        Assert.Equal([("gateway", "http://127.0.0.1:5100/graphql", 11)], ReadyMessage.ReadProcesses(lines));
        Assert.Equal(("http://127.0.0.1:5098/traces", 12), ReadyMessage.ReadDashboard(lines));
        Assert.Null(ReadyMessage.ReadDashboard(lines[..2]));
    }
}
