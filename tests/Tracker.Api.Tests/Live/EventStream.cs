using System.Text;
using System.Text.Json.Nodes;

namespace Tracker.Api.Tests.Live;

/// <summary>One Server-Sent Event: its name and its data parsed as JSON (null for an empty data field).</summary>
internal sealed record ServerSentEvent(string Name, JsonNode? Data);

/// <summary>Reads Server-Sent Events from a response body, one at a time, each within a bounded wait.</summary>
internal sealed class EventStream(Stream body) : IDisposable
{
    private readonly StreamReader _reader = new(body, Encoding.UTF8);

    /// <summary>The next event (comments such as keep-alives are skipped); null when the stream ends.</summary>
    public async Task<ServerSentEvent?> NextAsync(TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(30));
        string? name = null;
        var data = new StringBuilder();
        var hasData = false;
        while (await _reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null || hasData)
                {
                    var text = data.ToString();
                    return new ServerSentEvent(name ?? "message", text.Length == 0 ? null : JsonNode.Parse(text));
                }
                continue;
            }
            if (line.StartsWith(':'))
            {
                continue;
            }
            var colon = line.IndexOf(':');
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? string.Empty : line[(colon + 1)..].TrimStart(' ');
            if (field == "event")
            {
                name = value;
            }
            else if (field == "data")
            {
                if (hasData)
                {
                    data.Append('\n');
                }
                data.Append(value);
                hasData = true;
            }
        }
        return null;
    }

    public void Dispose() => _reader.Dispose();
}
