using System.Net;
using System.Text.Json;

namespace Tracker.ScaleBench;

/// <summary>
/// A response counts only if it is 200 with <c>data</c> and without <c>errors</c>: a fast wrong answer is not a
/// result. The top level is read without building a document (the client shares the server's two cores).
/// </summary>
internal static class ResponseCheck
{
    public static string? Problem(HttpStatusCode status, byte[] body)
    {
        if (status != HttpStatusCode.OK)
        {
            return $"HTTP {(int)status}: {Excerpt(body)}";
        }
        try
        {
            var reader = new Utf8JsonReader(body);
            var hasData = false;
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return $"not a JSON object: {Excerpt(body)}";
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("errors"u8))
                {
                    return $"errors: {Excerpt(body)}";
                }
                hasData |= reader.ValueTextEquals("data"u8);
                reader.Read();
                reader.Skip();
            }
            return hasData ? null : $"no data: {Excerpt(body)}";
        }
        catch (JsonException error)
        {
            return $"malformed JSON ({error.Message}): {Excerpt(body)}";
        }
    }

    private static string Excerpt(byte[] body) => System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 400));
}
