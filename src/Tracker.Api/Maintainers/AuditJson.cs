using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Tracker.GraphQL.Server.Binding;

namespace Tracker.Api.Maintainers;

/// <summary>
/// How inputs and record images are written into the audit log: camelCase, enums by name, and an
/// <see cref="Optional{T}"/> input field as the value the maintainer sent, or left out when they sent none
/// (rather than the wrapper's HasValue/Value).
/// </summary>
internal static class AuditJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(), new OptionalConverterFactory() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutAbsentOptionals } },
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
