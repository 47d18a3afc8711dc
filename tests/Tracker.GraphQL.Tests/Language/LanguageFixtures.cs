using System.Text.Json;

namespace Tracker.GraphQL.Tests.Language;

/// <summary>
/// What graphql-js 17.1.0 answered for the cases of Fixtures/cases.cjs (written by Fixtures/generate.cjs).
/// Theories take an index into a section so that odd sources (lone surrogates, NULs) never pass through
/// xunit's serialization; failures show the source instead.
/// </summary>
internal static class LanguageFixtures
{
    private static readonly Lazy<JsonElement> Root = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Language", "Fixtures", "language-fixtures.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    });

    public static JsonElement Section(string name) => Root.Value.GetProperty(name);

    public static JsonElement Case(string section, int index) => Section(section)[index];

    public static TheoryData<int> Indices(string section)
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Section(section).GetArrayLength(); i++)
        {
            data.Add(i);
        }
        return data;
    }

    /// <summary>The expected error of a case, or null when graphql-js accepted the source.</summary>
    public static (string Message, int Line, int Column)? Error(JsonElement testCase) =>
        testCase.TryGetProperty("error", out var error)
            ? (Text(error), testCase.GetProperty("line").GetInt32(), testCase.GetProperty("column").GetInt32())
            : null;

    public static string Describe(JsonElement testCase) => Utilities.JsFormat.JsonString(Text(testCase, "source"));

    /// <summary>A string property. The sources hold lone surrogates, which System.Text.Json refuses to decode,
    /// so JSON string escapes are decoded here.</summary>
    public static string Text(JsonElement element, string property) => Text(element.GetProperty(property));

    public static string Text(JsonElement element)
    {
        var raw = element.GetRawText();
        var builder = new System.Text.StringBuilder(raw.Length);
        for (var i = 1; i < raw.Length - 1; i++)
        {
            var c = raw[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }
            c = raw[++i];
            builder.Append(c switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => (char)Convert.ToInt32(raw.Substring(i + 1, 4), 16),
                _ => c,
            });
            if (c == 'u')
            {
                i += 4;
            }
        }
        return builder.ToString();
    }
}
