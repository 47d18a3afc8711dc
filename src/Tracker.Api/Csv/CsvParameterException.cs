namespace Tracker.Api.Csv;

/// <summary>A download's query string names an unknown filter or a value it cannot read; the message says which and what it takes.</summary>
internal sealed class CsvParameterException(string message) : Exception(message);
