using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Tracker.Api.Audit;

/// <summary>
/// How inputs and record images are written into the audit log: in the API's own terms, so that what a
/// maintainer reads there is what they send and receive. camelCase names; enum values as the schema spells them
/// (<c>OPT_OUT_REQUESTED</c>, not the C# <c>OptOutRequested</c>); a record's database key as its global
/// <c>id</c>, and a reference to another record (<c>jurisdictionKey</c>, <c>parentKey</c>...) as that record's
/// global id under the reference's name (<c>jurisdiction</c>, <c>parent</c>); keys of what has no global id
/// (a legislation stage, an API key) are left out; an <see cref="Optional{T}"/> input field as the value the
/// maintainer sent, or left out when they sent none.
/// </summary>
internal static class AuditJson
{
    /// <summary>The schema's types that implement Node: their keys have global ids.</summary>
    private static readonly FrozenSet<string> NodeTypes =
        new[] { TypeNames.Source, TypeNames.Jurisdiction, TypeNames.StatusEvent, TypeNames.Legislation, TypeNames.Organization, TypeNames.Person, TypeNames.Letter, TypeNames.Signature,
            TypeNames.Event, TypeNames.Body, TypeNames.DeportationCase, TypeNames.Statement, TypeNames.Statistic }.ToFrozenSet(StringComparer.Ordinal);

    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false), new OptionalConverterFactory() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutAbsentOptionals, KeysAsGlobalIds } },
    };

    private static bool IsOptional(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Optional<>);

    private static void LeaveOutAbsentOptionals(JsonTypeInfo info)
    {
        foreach (var property in info.Properties.Where(p => IsOptional(p.PropertyType)))
        {
            var hasValue = property.PropertyType.GetProperty(nameof(Optional<object>.HasValue))!;
            property.ShouldSerialize = (_, value) => value is not null && (bool)hasValue.GetValue(value)!;
        }
    }

    /// <summary>
    /// <c>Key</c> (or <c>Id</c>) of <c>OrganizationModel</c> becomes <c>id</c>, Organization's global id; <c>XKey</c>
    /// becomes <c>x</c>, the global id of an X (<c>ParentKey</c>: of the declaring type, <c>CurrentStatusEventKey</c>:
    /// of a StatusEvent). An integer key that names no node type fails loudly rather than leak into the log.
    /// </summary>
    private static void KeysAsGlobalIds(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        var owner = info.Type.Name.EndsWith("Model", StringComparison.Ordinal) ? info.Type.Name[..^"Model".Length] : info.Type.Name;
        foreach (var property in info.Properties.ToList())
        {
            if (property.PropertyType != typeof(int) && property.PropertyType != typeof(int?))
            {
                continue;
            }
            var clrName = property.AttributeProvider is System.Reflection.MemberInfo member ? member.Name : property.Name;
            if (clrName is "Key" or "Id")
            {
                if (NodeTypes.Contains(owner))
                {
                    Rename(property, "id", owner);
                }
                else
                {
                    info.Properties.Remove(property);
                }
                continue;
            }
            if (!clrName.EndsWith("Key", StringComparison.Ordinal))
            {
                continue;
            }
            var reference = clrName[..^"Key".Length];
            var target = reference switch
            {
                "Parent" => owner,
                "CurrentStatusEvent" => TypeNames.StatusEvent,
                _ => reference,
            };
            if (!NodeTypes.Contains(target))
            {
                throw new InvalidOperationException($"{info.Type.Name}.{clrName} is a key of no node type; the audit log must not show it as a number.");
            }
            Rename(property, JsonNamingPolicy.CamelCase.ConvertName(reference), target);
        }
    }

    private static void Rename(JsonPropertyInfo property, string name, string typeName)
    {
        property.Name = name;
        property.CustomConverter = property.PropertyType == typeof(int) ? new GlobalIdConverter(typeName) : new NullableGlobalIdConverter(typeName);
    }

    private sealed class GlobalIdConverter(string typeName) : JsonConverter<int>
    {
        public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Audit JSON is written, never read back.");

        public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) =>
            writer.WriteStringValue(GlobalId.Encode(typeName, value));
    }

    private sealed class NullableGlobalIdConverter(string typeName) : JsonConverter<int?>
    {
        public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Audit JSON is written, never read back.");

        public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
        {
            if (value is { } key)
            {
                writer.WriteStringValue(GlobalId.Encode(typeName, key));
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }

    private sealed class OptionalConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => IsOptional(typeToConvert);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(OptionalConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
    }

    private sealed class OptionalConverter<T> : JsonConverter<Optional<T>>
    {
        public override Optional<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Optional<T>.Of(JsonSerializer.Deserialize<T>(ref reader, options)!);

        public override void Write(Utf8JsonWriter writer, Optional<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Value, options);
    }
}
