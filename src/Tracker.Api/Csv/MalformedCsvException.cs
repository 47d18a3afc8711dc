namespace Tracker.Api.Csv;

/// <summary>A file the import refuses as a whole; the message names the line and what is wrong with it.</summary>
internal sealed class MalformedCsvException(string message) : Exception(message);
