namespace FederatedGraph.Launcher.Tests;

public sealed class LaunchOptionsTests
{
    [Fact]
    public void Without_arguments_it_builds_release_and_keeps_every_default_port()
    {
        var options = LaunchOptions.Parse([]);

        Assert.True(options.Build);
        Assert.True(options.Dashboard);
        Assert.Equal("Release", options.Configuration);
        Assert.Null(options.Scale);
        Assert.Null(options.DataDirectory);
        Assert.Equal(5100, options.PortFor("gateway", LaunchOptions.DefaultGatewayPort));
        Assert.Equal(5103, options.PortFor("hr", 5103));
    }

    [Fact]
    public void Reads_every_option()
    {
        var options = LaunchOptions.Parse(["--no-build", "--configuration", "Debug", "--scale", "large", "--data-dir", "some/data", "--start-timeout", "30",
            "--no-dashboard"]);

        Assert.False(options.Build);
        Assert.False(options.Dashboard);
        Assert.Equal("Debug", options.Configuration);
        Assert.Equal("large", options.Scale);
        Assert.Equal(Path.GetFullPath("some/data"), options.DataDirectory);
        Assert.Equal(TimeSpan.FromSeconds(30), options.StartTimeout);
    }

    [Theory]
    [InlineData("default")]
    [InlineData("large")]
    [InlineData("2500")]
    public void Takes_the_scales_the_subgraphs_take(string scale)
        => Assert.Equal(scale, LaunchOptions.Parse(["--scale", scale]).Scale);

    [Fact]
    public void A_base_port_moves_every_process_and_keeps_their_distances()
    {
        var options = LaunchOptions.Parse(["--base-port", "6100"]);

        Assert.Equal(6100, options.PortFor("gateway", LaunchOptions.DefaultGatewayPort));
        Assert.Equal(6101, options.PortFor("brp", 5101));
        Assert.Equal(6105, options.PortFor("brk", 5105));
    }

    [Fact]
    public void A_single_port_wins_over_the_base_port()
    {
        var options = LaunchOptions.Parse(["--base-port", "6100", "--port", "bag=7000", "--port", "gateway=7100"]);

        Assert.Equal(7000, options.PortFor("bag", 5102));
        Assert.Equal(7100, options.PortFor("gateway", LaunchOptions.DefaultGatewayPort));
        Assert.Equal(6101, options.PortFor("brp", 5101));
    }

    [Theory]
    [InlineData("--scale huge", "--scale takes default, large or a number of persons, not 'huge'.")]
    [InlineData("--scale 0", "--scale takes default, large or a number of persons, not '0'.")]
    [InlineData("--base-port 80", "--base-port takes a number from 1024 to 65000, not '80'.")]
    [InlineData("--port brp", "--port takes <name>=<port>, e.g. gateway=6100, not 'brp'.")]
    [InlineData("--port brp=http", "--port brp takes a number from 1 to 65535, not 'http'.")]
    [InlineData("--data-dir", "--data-dir needs a value.")]
    [InlineData("--verbose", "Unknown option '--verbose'.")]
    public void A_mistake_is_a_usage_error_that_names_it(string arguments, string message)
    {
        var failure = Assert.Throws<LaunchFailedException>(() => LaunchOptions.Parse(arguments.Split(' ')));

        Assert.Equal(message, failure.Message);
        Assert.Equal(ExitCodes.Usage, failure.ExitCode);
    }

    [Fact]
    public void Help_is_an_option_too()
        => Assert.True(LaunchOptions.Parse(["--help"]).Help);
}
