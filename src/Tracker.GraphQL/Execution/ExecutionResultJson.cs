using System.Collections;
using System.Numerics;
using System.Text.Json;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Execution;

/// <summary>
/// Writes a GraphQL response (spec §7.1) straight into a <see cref="Utf8JsonWriter"/>: <c>errors</c> first
/// (each <c>message</c>, <c>locations</c>, <c>path</c>, <c>extensions</c>), then <c>data</c>, then <c>extensions</c>.
/// </summary>
public static partial class ExecutionResultJson
{
    /// <summary>
    /// Minimal escaping, byte for byte as JSON.stringify: non-ASCII text, emoji and HTML-sensitive characters
    /// are written as they are (see <see cref="JsonStringifyEncoder"/>).
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JsonStringifyEncoder.Instance, SkipValidation = true };

    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors is { } errors)
        {
            writer.WritePropertyName("errors");
            WriteErrors(writer, errors);
        }
        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }
        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }
        writer.WriteEndObject();
    }

    public static string ToJson(ExecutionResult result, bool indented = false) => ToJson(writer => Write(writer, result), indented);

    /// <summary>
    /// The first payload of an incremental response, keys in graphql-js 17.1.0's order:
    /// <c>errors</c> (when any), <c>data</c>, <c>pending</c>, <c>hasNext</c>, then <c>extensions</c>.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, InitialIncrementalExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            WriteErrors(writer, errors);
        }
        writer.WritePropertyName("data");
        WriteValue(writer, result.Data);
        writer.WritePropertyName("pending");
        WritePending(writer, result.Pending);
        writer.WriteBoolean("hasNext", result.HasNext);
        WriteExtensions(writer, result.Extensions);
        writer.WriteEndObject();
    }

    /// <summary>
    /// A later payload of an incremental response, keys in graphql-js 17.1.0's order: <c>hasNext</c>, then
    /// <c>pending</c>, <c>incremental</c> and <c>completed</c> when not empty, then <c>extensions</c>.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, SubsequentIncrementalExecutionResult result)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("hasNext", result.HasNext);
        if (result.Pending is { Count: > 0 } pending)
        {
            writer.WritePropertyName("pending");
            WritePending(writer, pending);
        }
        if (result.Incremental is { Count: > 0 } incremental)
        {
            writer.WritePropertyName("incremental");
            writer.WriteStartArray();
            foreach (var entry in incremental)
            {
                WriteIncremental(writer, entry);
            }
            writer.WriteEndArray();
        }
        if (result.Completed is { Count: > 0 } completed)
        {
            writer.WritePropertyName("completed");
            writer.WriteStartArray();
            foreach (var entry in completed)
            {
                writer.WriteStartObject();
                writer.WriteString("id", entry.Id);
                if (entry.Errors is { Count: > 0 } errors)
                {
                    writer.WritePropertyName("errors");
                    WriteErrors(writer, errors);
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        WriteExtensions(writer, result.Extensions);
        writer.WriteEndObject();
    }

    public static string ToJson(InitialIncrementalExecutionResult result, bool indented = false) => ToJson(writer => Write(writer, result), indented);

    public static string ToJson(SubsequentIncrementalExecutionResult result, bool indented = false) => ToJson(writer => Write(writer, result), indented);

    private static string ToJson(Action<Utf8JsonWriter> write, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions with { Indented = indented }))
        {
            write(writer);
        }
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void WritePending(Utf8JsonWriter writer, IReadOnlyList<PendingResult> pending)
    {
        writer.WriteStartArray();
        foreach (var entry in pending)
        {
            writer.WriteStartObject();
            writer.WriteString("id", entry.Id);
            writer.WritePropertyName("path");
            WritePath(writer, entry.Path);
            if (entry.Label is { } label)
            {
                writer.WriteString("label", label);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary><c>{id, data, errors?, subPath?}</c> or <c>{id, items, errors?}</c>, as graphql-js orders them.</summary>
    private static void WriteIncremental(Utf8JsonWriter writer, IncrementalResult entry)
    {
        writer.WriteStartObject();
        writer.WriteString("id", entry.Id);
        switch (entry)
        {
            case IncrementalDeferResult deferred:
                writer.WritePropertyName("data");
                WriteValue(writer, deferred.Data);
                break;
            case IncrementalStreamResult streamed:
                writer.WritePropertyName("items");
                WriteValue(writer, streamed.Items);
                break;
        }
        if (entry.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            WriteErrors(writer, errors);
        }
        if (entry is IncrementalDeferResult { SubPath: { Count: > 0 } subPath })
        {
            writer.WritePropertyName("subPath");
            WritePath(writer, subPath);
        }
        writer.WriteEndObject();
    }

    private static void WriteExtensions(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?>? extensions)
    {
        if (extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }
    }

    private static void WritePath(Utf8JsonWriter writer, IReadOnlyList<object> path)
    {
        writer.WriteStartArray();
        foreach (var key in path)
        {
            if (key is int index)
            {
                writer.WriteNumberValue(index);
            }
            else
            {
                writer.WriteStringValue(key.ToString());
            }
        }
        writer.WriteEndArray();
    }

    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            WriteError(writer, error);
        }
        writer.WriteEndArray();
    }

    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            WritePath(writer, path);
        }
        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }
        writer.WriteEndObject();
    }
}
