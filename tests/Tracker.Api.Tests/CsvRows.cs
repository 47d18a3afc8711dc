namespace Tracker.Api.Tests;

/// <summary>A download's rows as a spreadsheet would read its cells, by column name.</summary>
internal static class CsvRows
{
    public static List<Dictionary<string, string>> Parse(string csv)
    {
        using var reader = new CsvHelper.CsvReader(new StringReader(csv), System.Globalization.CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(reader.HeaderRecord!.ToDictionary(h => h, h => reader.GetField(h)!));
        }
        return rows;
    }
}
