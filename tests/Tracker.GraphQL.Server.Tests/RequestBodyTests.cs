using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// A POST body is read whole from Kestrel's pipe, however it arrives: in one piece or in many (parsed where it lies,
/// or gathered first), with or without a Content-Length. One sent in chunks, with no length announced, is still held
/// to the size limit as it is read.
/// </summary>
public sealed class RequestBodyTests
{
    [Fact]
    public async Task A_body_sent_in_many_small_chunks_is_read_whole()
    {
        await using var app = await TestApp.StartOnLoopbackAsync();
        // 30 KB, several of Kestrel's 4 KB buffers, written 500 bytes at a time with a flush after each.
        var name = new string('n', 30_000);

        var response = await PostInPiecesAsync(app, new { query = "query ($n: String) { hello(name: $n) }", variables = new { n = name } }, 500);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal($"Hello, {name}!", answer.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task A_chunked_body_beyond_the_size_limit_gets_413_and_nothing_runs()
    {
        await using var app = await TestApp.StartOnLoopbackAsync(o => o.MaxRequestBodyBytes = 1_000);

        var response = await PostInPiecesAsync(app, new { query = "{ hello }", variables = new { padding = new string('x', 5_000) } }, 500);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("REQUEST_TOO_LARGE", answer.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0, app.Services.GetRequiredService<Bookshop>().ResolverCalls);
    }

    [Fact]
    public async Task A_chunked_body_within_the_size_limit_is_answered()
    {
        await using var app = await TestApp.StartOnLoopbackAsync(o => o.MaxRequestBodyBytes = 1_000);

        var response = await PostInPiecesAsync(app, new { query = "{ hello }", variables = new { padding = new string('x', 900) } }, 100);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_that_begins_with_a_byte_order_mark_is_read_as_json(bool chunked)
    {
        // .NET's UTF-8 encoder with its preamble, and some Windows tools, write one.
        await using var app = await TestApp.StartOnLoopbackAsync();
        using var client = new HttpClient { BaseAddress = app.Address };
        var body = Encoding.UTF8.Preamble.ToArray().Concat(Encoding.UTF8.GetBytes("""{"query":"{ hello }"}""")).ToArray();
        HttpContent content = chunked ? new PiecewiseContent(body, 5) : new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await client.PostAsync("/graphql", content);

        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(2_147_483_647L)]
    [InlineData(3_000_000_000L)]
    public async Task A_large_announced_length_under_a_large_limit_sizes_no_buffer_beyond_what_arrives(long announced)
    {
        // Under a limit above 2 GiB, a length announced beyond what an int holds once overflowed the buffer's size
        // (an exception, a 500); and any announced length was rented in full before a byte arrived.
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.ContentLength = announced;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("""{"query":"{ hello }"}"""));
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var (request, problem) = await Http.RequestParser.ReadBodyAsync(context.Request, long.MaxValue, CancellationToken.None);

        Assert.Null(problem);
        Assert.Equal("{ hello }", request!.Query);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, 0, 1024 * 1024);
    }

    [Theory]
    [InlineData("gzip", true)]
    [InlineData("gzip", false)]
    [InlineData("identity, br", false)]
    public async Task An_encoded_body_is_refused_with_415_and_nothing_runs(string coding, bool compressed)
    {
        await using var app = await TestApp.StartAsync();
        var json = Encoding.UTF8.GetBytes("""{"query":"{ hello }"}""");
        var body = json;
        if (compressed)
        {
            using var packed = new MemoryStream();
            await using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Fastest))
            {
                gzip.Write(json);
            }
            body = packed.ToArray();
        }
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        content.Headers.TryAddWithoutValidation("Content-Encoding", coding);

        var response = await app.Client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("BAD_REQUEST", answer.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("must not be encoded", answer.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(0, app.Services.GetRequiredService<Bookshop>().ResolverCalls);
    }

    [Fact]
    public async Task An_identity_coding_is_no_coding()
    {
        await using var app = await TestApp.StartAsync();
        var content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, "application/json");
        content.Headers.ContentEncoding.Add("identity");

        var response = await app.Client.PostAsync("/graphql", content);

        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> PostInPiecesAsync(TestApp app, object body, int piece)
    {
        using var client = new HttpClient { BaseAddress = app.Address };
        return await client.PostAsync("/graphql", new PiecewiseContent(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(body)), piece));
    }

    /// <summary>JSON sent chunked (no Content-Length), <c>piece</c> bytes at a time, each flushed to the connection.</summary>
    private sealed class PiecewiseContent : HttpContent
    {
        private readonly byte[] _body;
        private readonly int _piece;

        public PiecewiseContent(byte[] body, int piece)
        {
            _body = body;
            _piece = piece;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < _body.Length; offset += _piece)
            {
                await stream.WriteAsync(_body.AsMemory(offset, Math.Min(_piece, _body.Length - offset)));
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
