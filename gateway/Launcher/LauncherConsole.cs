namespace FederatedGraph.Launcher;

/// <summary>
/// The launcher's one place to write: its own messages and every child's lines, prefixed with the child's name. Lines
/// come from many threads, so each is written whole under a lock. Colors only on a terminal that wants them.
/// </summary>
internal sealed class LauncherConsole(TextWriter output, TextWriter error, bool colors)
{
    private static readonly string[] PrefixColors = ["36", "33", "35", "32", "34", "96", "93", "95", "92", "94"];
    private const string Bold = "1", Red = "31", Yellow = "33", Reset = "\e[0m";

    private readonly Lock _lock = new();
    private int _prefixWidth;

    /// <summary>On the real console: colored unless redirected, NO_COLOR is set (no-color.org) or the terminal is dumb.</summary>
    public static LauncherConsole ForConsole() => new(Console.Out, Console.Error,
        !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null &&
        Environment.GetEnvironmentVariable("TERM") != "dumb");

    /// <summary>Aligns the children's lines behind prefixes as wide as the longest of <paramref name="names"/>.</summary>
    public void AlignPrefixes(IEnumerable<string> names) => _prefixWidth = names.Max(name => name.Length) + 2;

    public void Say(string text) => Write(output, Paint(Bold, text));

    public void Fail(string text) => Write(error, Paint(Red, text));

    /// <summary>Something that does not stop the run, such as a trace viewer that cannot start.</summary>
    public void Warn(string text) => Write(error, Paint(Yellow, "Warning: " + text));

    /// <summary>A child's line; <paramref name="index"/> picks the child's color.</summary>
    public void Forward(string name, int index, string line)
        => Write(output, Paint(PrefixColors[index % PrefixColors.Length], $"[{name}]".PadRight(_prefixWidth)) + " " + line);

    private string Paint(string color, string text) => colors ? $"\e[{color}m{text}{Reset}" : text;

    private void Write(TextWriter writer, string text)
    {
        lock (_lock)
        {
            writer.WriteLine(text);
            writer.Flush();
        }
    }
}
