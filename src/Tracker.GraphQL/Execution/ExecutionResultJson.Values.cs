using System.Collections;
using System.Numerics;
using System.Text.Json;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Execution;

/// <summary>Result values as JSON: maps, lists, strings, numbers (doubles as JavaScript prints them), booleans, null.</summary>
public static partial class ExecutionResultJson
{
    /// <summary>Writes a result value: maps, lists, strings, numbers, booleans, null and JSON elements.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case string s:
                writer.WriteStringValue(s);
                return;
            case bool b:
                writer.WriteBooleanValue(b);
                return;
            case int i:
                writer.WriteNumberValue(i);
                return;
            case long l:
                writer.WriteNumberValue(l);
                return;
            case double d:
                WriteDouble(writer, d);
                return;
            case decimal m:
                // Without trailing zeros: 1.50m is the number 1.5, as JavaScript would print it.
                writer.WriteNumberValue(m / 1.0000000000000000000000000000m);
                return;
            case float f:
                WriteDouble(writer, f);
                return;
            case BigInteger big:
                writer.WriteRawValue(big.ToString(System.Globalization.CultureInfo.InvariantCulture), skipInputValidation: true);
                return;
            case JsonElement element:
                element.WriteTo(writer);
                return;
            case ResultMap map:
                writer.WriteStartObject();
                if (map.EncodedKeys is { } encoded)
                {
                    for (var index = 0; index < map.Count; index++)
                    {
                        writer.WritePropertyName(encoded[index]);
                        WriteValue(writer, map.ValueAt(index));
                    }
                }
                else
                {
                    for (var index = 0; index < map.Count; index++)
                    {
                        writer.WritePropertyName(map.KeyAt(index));
                        WriteValue(writer, map.ValueAt(index));
                    }
                }
                writer.WriteEndObject();
                return;
            case IReadOnlyDictionary<string, object?> dictionary:
                writer.WriteStartObject();
                foreach (var (key, item) in dictionary)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }
                writer.WriteEndObject();
                return;
            case IList<object?> list:
                writer.WriteStartArray();
                for (var index = 0; index < list.Count; index++)
                {
                    WriteValue(writer, list[index]);
                }
                writer.WriteEndArray();
                return;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }
                writer.WriteEndArray();
                return;
            default:
                if (JsValues.TryGetNumber(value, out var number))
                {
                    WriteDouble(writer, number);
                    return;
                }
                writer.WriteStringValue(value.ToString());
                return;
        }
    }

    /// <summary>
    /// Numbers as JSON.stringify prints them: integral doubles without a fraction, exponents only outside
    /// 1e-7..1e21 and in JavaScript's form (<c>1e+21</c>, <c>1.5e-7</c>); NaN and infinities as null.
    /// </summary>
    private static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (!double.IsFinite(value))
        {
            writer.WriteNullValue();
            return;
        }
        var magnitude = Math.Abs(value);
        if (Math.Floor(value) == value && magnitude < 9007199254740992d)
        {
            writer.WriteNumberValue((long)value);
            return;
        }
        if (magnitude >= 1e-4 && magnitude < 1e15)
        {
            // Here the framework's shortest round-trip form is JavaScript's, without an exponent.
            writer.WriteNumberValue(value);
            return;
        }
        writer.WriteRawValue(JsFormat.Number(value), skipInputValidation: true);
    }
}
