using System.Text;
using Tracker.GraphQL.Server.Execution;
using Tracker.GraphQL.Server.Http;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// The one-pass reading of the usual request body gives exactly the request the full parse gives, and declines every
/// body the full parse refuses (so that each refusal and its message stay the full parse's): over hand-picked bodies
/// and over thousands made from them by changing, removing and inserting bytes.
/// </summary>
public sealed class PlainRequestReaderTests
{
    private static readonly string[] PlainBodies =
    [
        """{"query":"{ hello }"}""",
        """{"query":"query Q($n: String) { hello(name: $n) }","operationName":"Q","variables":{"n":"Ann"}}""",
        """{"query":"{ a }","operationName":"","variables":null,"extensions":null}""",
        """{"query":"{ a }","operationName":null}""",
        """ { "variables" : { "a" : [1, -0, 2.5e-3, 1e308, 4.9e-324, 12345678901234567890, true, false, null, "x", {"b": {"c": []}}] }, "query" : "{ a }" } """,
        """{"query":"query {\n  a(s: \"\\u00e9\")\n}\t","variables":{"emoji":"\ud83d\ude00","quote":"\"\\\/\b\f\n\r\t","é":"ü"}}""",
        """{"query":"{ a }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"},"tracing":true}}""",
        """{"query":"{ a }","variables":{}}""",
        """{"query":"{ a }","variables":{"list":[[[]],[{}],[1,[2,[3]]]]}}""",
    ];

    private static readonly string[] RefusedOrOtherBodies =
    [
        "",
        "[]",
        "\"query\"",
        "{}",
        """{"query":"{ a }","query":"{ b }"}""",
        """{"query":"{ a }","variables":{"n":1,"n":2}}""",
        """{"query":"{ a }","variables":{"n":{"m":1,"m":1}}}""",
        """{"query":"{ a }","variables":{"n":1,"\u006e":2}}""",
        """{"query":"{ a \ud800 }"}""",
        """{"query":"{ a }","operationName":"\udc00"}""",
        """{"query":"{ a }","variables":{"n":"\ud800x"}}""",
        """{"query":"{ a }","variables":{"\ud800":1}}""",
        """{"query":"{ a }",}""",
        """{"query":"{ a }"} x""",
        """{"query":"{ a }"/* c */}""",
        """{"query":1}""",
        """{"query":"{ a }","operationName":true}""",
        """{"query":"{ a }","variables":[]}""",
        """{"query":"{ a }","variables":"{}"}""",
        """{"query":"{ a }","extensions":3}""",
        """{"query":"{ a }","other":1}""",
        """{"q\u0075ery":"{ a }"}""",
        """{"query":"{ a }","variables":{"n":1e400}}""",
        """{"query":"{ a }","variables":{"n":-1e400}}""",
        """{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}""",
        """{"query":null}""",
        """{"query":"{ a }","variables":""" + new string('[', 70) + new string(']', 70) + "}",
    ];

    [Fact]
    public void Every_plain_body_is_read_in_one_pass_as_the_full_parse_reads_it()
    {
        foreach (var body in PlainBodies)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            var plain = PlainRequestReader.TryRead(bytes);
            Assert.True(plain is not null, $"declined: {body}");
            AssertSame(RequestParser.ParseDocument(bytes), plain, body);
        }
    }

    [Fact]
    public void Every_body_the_full_parse_refuses_or_reads_otherwise_is_declined()
    {
        var bodies = RefusedOrOtherBodies.Select(Encoding.UTF8.GetBytes).Concat(
        [
            // Bytes that are not UTF-8 in the query, the operation's name, a variable's name and a variable's value.
            Bytes("""{"query":"{ a """, [0xC3, 0x28], """ }"}"""),
            Bytes("""{"query":"{ a }","operationName":"Q""", [0xFF], "\"}"),
            Bytes("""{"query":"{ a }","variables":{"n""", [0xED, 0xA0, 0x80], "\":1}}"),
            Bytes("""{"query":"{ a }","variables":{"n":["x""", [0x80], "\"]}}"),
        ]);
        foreach (var body in bodies)
        {
            Assert.True(PlainRequestReader.TryRead(body) is null, $"read: {Convert.ToHexString(body)}");
            // The full parse still answers each: with a problem, or (a hash alone, an unknown parameter) a request.
            var (request, problem) = RequestParser.ParseDocument(body);
            Assert.True(request is not null || problem is not null);
        }
    }

    [Fact]
    public void Bodies_changed_byte_by_byte_are_read_as_the_full_parse_reads_them_or_declined()
    {
        // Deterministic: the same bodies on every run, and a failure names its body.
        var random = new Random(20261206);
        var alphabet = "{}[]\":,\\ unqeryopatiNmvblsx0123456789.-+eE"u8.ToArray();
        var read = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var body = Encoding.UTF8.GetBytes(PlainBodies[random.Next(PlainBodies.Length)]).ToList();
            for (var change = random.Next(1, 4); change > 0 && body.Count > 0; change--)
            {
                var at = random.Next(body.Count);
                switch (random.Next(4))
                {
                    case 0: body[at] = alphabet[random.Next(alphabet.Length)]; break;
                    case 1: body.RemoveAt(at); break;
                    case 2: body.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    default: body[at] = (byte)random.Next(256); break;
                }
            }
            var bytes = body.ToArray();
            if (PlainRequestReader.TryRead(bytes) is { } plain)
            {
                read++;
                AssertSame(RequestParser.ParseDocument(bytes), plain, Convert.ToHexString(bytes));
            }
        }
        // Many changes keep a body plain (a letter in a string, a digit in a number): the comparison above ran on them.
        Assert.True(read > 1_000, $"only {read} changed bodies were read in one pass");
    }

    private static byte[] Bytes(string before, byte[] middle, string after) =>
        [.. Encoding.UTF8.GetBytes(before), .. middle, .. Encoding.UTF8.GetBytes(after)];

    private static void AssertSame((GraphQLRequest? Request, string? Problem) full, GraphQLRequest plain, string body)
    {
        Assert.True(full.Problem is null, $"the full parse refuses what was read in one pass ({full.Problem}): {body}");
        var expected = full.Request!;
        Assert.Equal(expected.Query, plain.Query);
        Assert.Equal(expected.OperationName, plain.OperationName);
        Assert.True(SameValue(expected.Variables, plain.Variables), $"variables differ: {body}");
        Assert.True(SameValue(expected.Extensions, plain.Extensions), $"extensions differ: {body}");
    }

    /// <summary>The same JSON-shaped values: maps with the same names in the same order, doubles bit for bit (-0 is not 0).</summary>
    private static bool SameValue(object? expected, object? actual) => (expected, actual) switch
    {
        (null, null) => true,
        (IReadOnlyDictionary<string, object?> e, IReadOnlyDictionary<string, object?> a) =>
            e.Count == a.Count && e.Zip(a).All(pair => pair.First.Key == pair.Second.Key && SameValue(pair.First.Value, pair.Second.Value)),
        (IReadOnlyList<object?> e, IReadOnlyList<object?> a) => e.Count == a.Count && e.Zip(a).All(pair => SameValue(pair.First, pair.Second)),
        (double e, double a) => BitConverter.DoubleToInt64Bits(e) == BitConverter.DoubleToInt64Bits(a),
        (string e, string a) => e == a,
        (bool e, bool a) => e == a,
        _ => false,
    };
}
