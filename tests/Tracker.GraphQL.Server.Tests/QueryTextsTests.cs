using System.Text;
using System.Text.Json;
using Tracker.GraphQL.Server.Http;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// Query texts read from request bodies: the same bytes give the same string once decoded, every read gives exactly
/// what decoding the JSON string gives (escapes, non-ASCII text, texts sharing a slot, texts too long to keep, many
/// threads at once), and bytes that are not text are never kept.
/// </summary>
public sealed class QueryTextsTests
{
    /// <summary>This class's own table: other tests, reading bodies at the same time, cannot evict its entries.</summary>
    private readonly QueryTexts _texts = new();

    [Fact]
    public void The_same_bytes_give_the_same_string_and_different_bytes_their_own()
    {
        var first = Read("""{"query":"{ hello(name: \"kept\") }"}""");
        var again = Read("""{"query":"{ hello(name: \"kept\") }"}""");
        var other = Read("""{"query":"{ hello(name: \"other\") }"}""");

        Assert.Equal("{ hello(name: \"kept\") }", first);
        Assert.Same(first, again);
        Assert.Equal("{ hello(name: \"other\") }", other);
    }

    [Fact]
    public void Escaped_and_plain_spellings_of_a_text_each_decode_to_it()
    {
        var plain = Read("""{"query":"{ é }"}""");
        var escaped = Read("""{"query":"{ \u00e9 }"}""");
        var escapedAgain = Read("""{"query":"{ \u00e9 }"}""");

        Assert.Equal("{ é }", plain);
        Assert.Equal("{ é }", escaped);
        Assert.Same(escaped, escapedAgain);
    }

    [Fact]
    public void Texts_too_long_to_keep_are_decoded_every_time()
    {
        var text = "{ a }" + new string(' ', QueryTexts.MaxBytes);
        var body = JsonSerializer.Serialize(new { query = text });

        var first = Read(body);
        var again = Read(body);

        Assert.Equal(text, first);
        Assert.Equal(text, again);
        Assert.NotSame(first, again);
    }

    [Fact]
    public void Bytes_that_are_not_text_are_refused_every_time_and_never_kept()
    {
        // A lone surrogate escaped, and a byte that is not UTF-8: decoding refuses both, on every read.
        byte[][] bodies = [Encoding.UTF8.GetBytes("""{"query":"{ a \ud800 }"}"""), [.. "{\"query\":\"{ a "u8, 0xFF, .. " }\"}"u8]];
        foreach (var body in bodies)
        {
            for (var i = 0; i < 3; i++)
            {
                Assert.Throws<InvalidOperationException>(() => Read(body));
            }
        }
    }

    [Fact]
    public void Many_threads_reading_texts_that_share_slots_each_get_their_own_text()
    {
        // Four times as many texts as slots: every slot is fought over, entries replace each other constantly.
        var texts = Enumerable.Range(0, QueryTexts.Slots * 4).Select(i => $"{{ field{i}(s: \"é{i}\") }}").ToArray();
        var bodies = texts.Select(t => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = t }))).ToArray();
        var wrong = 0;

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, worker =>
        {
            var random = new Random(worker);
            for (var i = 0; i < 20_000; i++)
            {
                var at = random.Next(texts.Length);
                if (Read(bodies[at]) != texts[at])
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        });

        Assert.Equal(0, wrong);
    }

    private string Read(string body) => Read(Encoding.UTF8.GetBytes(body));

    private string Read(byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        while (reader.Read() && reader.TokenType != JsonTokenType.String)
        {
        }
        return _texts.Read(ref reader);
    }
}
