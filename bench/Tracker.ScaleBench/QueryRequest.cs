using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Tracker.ScaleBench;

/// <summary>One example query as the bytes of its requests, cached (always the same body) or uncached (a new nonce each time).</summary>
internal sealed class QueryRequest
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly Uri _endpoint;
    private readonly byte[] _cachedBody;
    private readonly string _uncachedPrefix;
    private readonly (string Name, string Value)? _uncachedHeader;
    private long _nonce;

    public QueryRequest(Uri endpoint, string name, string query, string? uncachedHeader)
    {
        _endpoint = endpoint;
        Name = name;
        _cachedBody = JsonSerializer.SerializeToUtf8Bytes(new { query });
        var text = JsonSerializer.Serialize(new { query });
        _uncachedPrefix = text[..^1] + ",\"variables\":{\"benchNonce\":\"";
        if (uncachedHeader is { } header && header.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
        {
            _uncachedHeader = (header[..colon].Trim(), header[(colon + 1)..].Trim());
        }
    }

    public string Name { get; }

    public HttpRequestMessage Create(LoadMode mode)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, _endpoint);
        if (mode == LoadMode.Cached)
        {
            request.Content = new ByteArrayContent(_cachedBody) { Headers = { ContentType = Json } };
            return request;
        }
        var nonce = Interlocked.Increment(ref _nonce);
        var body = Encoding.UTF8.GetBytes($"{_uncachedPrefix}{Environment.ProcessId}-{nonce}\"}}}}");
        request.Content = new ByteArrayContent(body) { Headers = { ContentType = Json } };
        if (_uncachedHeader is var (headerName, headerValue))
        {
            request.Headers.TryAddWithoutValidation(headerName, headerValue);
        }
        return request;
    }
}
