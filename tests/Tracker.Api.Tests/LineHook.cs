namespace Tracker.Api.Tests;

/// <summary>Output that calls back on every line written, to act at a given point of a command's run.</summary>
public sealed class LineHook(Action<string> onLine) : StringWriter
{
    public override void WriteLine(string? value)
    {
        base.WriteLine(value);
        onLine(value ?? "");
    }
}
