namespace FashionWallet.AppHost.Hosting;

/// <summary>The AppHost's own progress lines on the console: what starts, what it waits for, what failed.</summary>
public sealed class AppHostConsole(TextWriter writer, bool quiet = false)
{
    private readonly Lock _gate = new();
    private readonly bool _colour = writer == Console.Out && !Console.IsOutputRedirected;

    public void Info(string resource, string message) => Write(resource, message, ConsoleColor.Gray);

    public void Success(string resource, string message) => Write(resource, message, ConsoleColor.Green);

    public void Warn(string resource, string message) => Write(resource, message, ConsoleColor.Yellow);

    public void Error(string resource, string message) => Write(resource, message, ConsoleColor.Red, always: true);

    private void Write(string resource, string message, ConsoleColor colour, bool always = false)
    {
        if (quiet && !always)
            return;
        lock (_gate)
        {
            var prefix = $"{DateTime.Now:HH:mm:ss} {resource,-14} ";
            if (!_colour)
            {
                writer.WriteLine(prefix + message);
                return;
            }
            Console.ForegroundColor = ConsoleColor.DarkGray;
            writer.Write(prefix);
            Console.ForegroundColor = colour;
            writer.WriteLine(message);
            Console.ResetColor();
        }
    }
}
