using System.Buffers;
using System.Globalization;
using System.Text.Unicode;
using CsvHelper;
using CsvHelper.Configuration;

namespace Tracker.Api.Csv;

/// <summary>
/// Reads and checks a whole signatory file before anything is saved, so that a file it refuses changes nothing. It
/// needs a header; columns (any order, case-insensitive, each once): <c>printed_name</c> (required), <c>kind</c>
/// (organization or person), <c>name</c>, <c>acronym</c>, <c>city</c>, <c>state</c>, <c>title</c>, <c>signed_on</c>
/// (YYYY-MM-DD). Refused, naming the line: bytes that are not UTF-8 (a Latin-1 file would otherwise become U+FFFD
/// marks), a repeated column, a row with more or fewer fields than the header, and a field holding a control
/// character, a bidirectional control, U+FFFD, or starting with a character spreadsheets read as a formula.
/// </summary>
internal static class SignatureCsvReader
{
    private static readonly string[] Columns = ["printed_name", "kind", "name", "acronym", "city", "state", "title", "signed_on"];

    /// <summary>
    /// OWASP's list for CSV injection: a cell starting with one of these is run as a formula (tab and carriage
    /// return are refused as control characters, or trimmed away before this check).
    /// </summary>
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@");

    public static List<SignatureRowInput> Read(string file, ImportOptions options)
    {
        var length = new FileInfo(file).Length;
        if (length > options.MaxFileBytes)
        {
            throw new MalformedCsvException($"the file has {length:N0} bytes; at most {options.MaxFileBytes:N0} are read at once (Tracker:Import:MaxFileBytes): split it.");
        }
        using var reader = new StringReader(Decode(File.ReadAllBytes(file)));
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            BadDataFound = context => throw new MalformedCsvException($"line {StartLine(context.Context.Parser!)}: malformed CSV near {Excerpt(context.Field)}."),
        });
        if (!csv.Read() || !csv.ReadHeader())
        {
            throw new MalformedCsvException("the file is empty; it needs a header row with at least printed_name.");
        }
        var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (!header.Contains("printed_name"))
        {
            throw new MalformedCsvException("line 1: the header has no printed_name column.");
        }
        if (header.FirstOrDefault(h => !Columns.Contains(h)) is { } unknown)
        {
            throw new MalformedCsvException($"line 1: unknown column \"{unknown}\" (known: {string.Join(", ", Columns)}).");
        }
        if (header.GroupBy(h => h).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new MalformedCsvException($"line 1: the column \"{repeated.Key}\" appears {repeated.Count()} times; which one to read would be a guess.");
        }
        var rows = new List<SignatureRowInput>();
        while (csv.Read())
        {
            var line = StartLine(csv.Parser);
            if (csv.Parser.Count != header.Count)
            {
                throw new MalformedCsvException($"line {line}: {csv.Parser.Count} {(csv.Parser.Count == 1 ? "field" : "fields")}, but the header has {header.Count}.");
            }
            if (rows.Count == options.MaxRows)
            {
                throw new MalformedCsvException($"the file has more than {options.MaxRows:N0} rows, the most imported at once (Tracker:Import:MaxRows): split it.");
            }
            for (var i = 0; i < header.Count; i++)
            {
                Check(csv.Parser[i], header[i], line);
            }
            string? Field(string name) => header.Contains(name) && csv.GetField(name) is { Length: > 0 } value ? value.Trim() : null;
            var printedName = Field("printed_name") ?? throw new MalformedCsvException($"line {line}: printed_name is empty.");
            SignatoryKind? kind = Field("kind")?.ToLowerInvariant() switch
            {
                null => null,
                "organization" or "organisation" => SignatoryKind.Organization,
                "person" => SignatoryKind.Person,
                var other => throw new MalformedCsvException($"line {line}: kind \"{other}\" is neither organization nor person."),
            };
            DateOnly? signedOn = Field("signed_on") is { } date
                ? DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : throw new MalformedCsvException($"line {line}: signed_on \"{date}\" is not a date YYYY-MM-DD.")
                : null;
            rows.Add(new SignatureRowInput(printedName, kind, Field("name"), Field("acronym"), Field("city"), Field("state"), Field("title"), signedOn));
        }
        return rows;
    }

    /// <summary>
    /// The file as text, if it is UTF-8 (with or without a byte-order mark). Decoding anything else "leniently"
    /// would turn each accented letter of a Latin-1 or Windows-1252 file into U+FFFD and save names no one can match.
    /// </summary>
    private static string Decode(byte[] bytes)
    {
        ReadOnlySpan<byte> content = bytes;
        if (content.StartsWith("\uFEFF"u8))
        {
            content = content[3..];
        }
        var text = new char[content.Length];
        if (Utf8.ToUtf16(content, text, out var read, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            var line = content[..read].Count((byte)'\n') + 1;
            throw new MalformedCsvException($"line {line}: the byte 0x{content[read]:X2} is not UTF-8 (was the file saved as Latin-1 or Windows-1252?); save it as UTF-8.");
        }
        return new string(text, 0, written);
    }

    /// <summary>Refuses a field no record should hold, naming its line and column.</summary>
    private static void Check(string field, string column, long line)
    {
        // The mutations' rule (ForbiddenCharacters), so an import cannot store what addSignatures refuses.
        if (ForbiddenCharacters.Find(field) is { } forbidden)
        {
            var why = forbidden.Kind == "bidirectional control" ? ", which shows text in another order than it is stored" : "";
            throw new MalformedCsvException($"line {line}: {column} contains {forbidden}{why}; remove it.");
        }
        if (field.Contains('\uFFFD'))
        {
            throw new MalformedCsvException($"line {line}: {column} contains U+FFFD, the mark an earlier conversion left for letters it lost; restore them.");
        }
        var trimmed = field.AsSpan().Trim();
        if (trimmed.Length > 0 && FormulaStarts.Contains(trimmed[0]))
        {
            throw new MalformedCsvException($"line {line}: {column} starts with \"{trimmed[0]}\", which spreadsheets run as a formula; remove the sign (a list's bullet, say) before importing.");
        }
    }

    /// <summary>
    /// The line a record starts on: CsvHelper's row count includes the line breaks inside quoted fields, which are
    /// all of the record's breaks but its terminator. The terminator is there only if every quote is closed (an
    /// even count, since an escaped quote is two), otherwise the last break belongs to an unterminated field.
    /// </summary>
    private static long StartLine(IParser parser)
    {
        var raw = parser.RawRecord;
        var breaks = raw.Count(c => c == '\n');
        var terminated = raw.EndsWith('\n') && raw.Count(c => c == '"') % 2 == 0;
        return parser.RawRow - (terminated ? breaks - 1 : breaks);
    }

    /// <summary>The start of a bad field, printable, so a binary file does not flood the terminal.</summary>
    private static string Excerpt(string field)
    {
        var printable = new string(field.Take(40).Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim(' ', '"');
        return field.Length > 40 ? $"\"{printable}...\"" : $"\"{printable}\"";
    }
}
