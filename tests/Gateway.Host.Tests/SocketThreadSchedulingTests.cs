using FederatedGraph.Security.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FederatedGraph.Gateway.Host.Tests;

/// <summary>
/// The gateway process runs its request handling on the socket threads unless the operator set the runtime's
/// switch for that. The switch is process-wide, so each case puts back what it found.
/// </summary>
public sealed class SocketThreadSchedulingTests
{
    private const string Variable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    [Theory]
    [InlineData(null, "1", true)]
    [InlineData("0", "0", false)]
    [InlineData("1", "1", true)]
    public async Task Kestrel_runs_requests_where_the_sockets_complete_them_unless_the_operator_said_no(
        string? operatorValue, string expectedValue, bool expectedInline)
    {
        var before = Environment.GetEnvironmentVariable(Variable);
        try
        {
            Environment.SetEnvironmentVariable(Variable, operatorValue);

            SocketThreadScheduling.ApplyToProcess();
            await using var app = GatewayHost.Build(["--urls=http://127.0.0.1:0", .. TestIssuer.ProcessSettings("gateway")]);

            Assert.Equal(expectedValue, Environment.GetEnvironmentVariable(Variable));
            Assert.Equal(expectedInline, app.Services.GetRequiredService<IOptions<SocketTransportOptions>>().Value.UnsafePreferInlineScheduling);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, before);
        }
    }
}
