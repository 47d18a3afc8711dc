using System.Text.Json;

namespace Tracker.Api.Mutations;

/// <summary>A mutation's schema name from its resolver method's name (CreateLetter is <c>createLetter</c>), as the binding maps them.</summary>
public static class MutationNames
{
    public static string Of(string method) => JsonNamingPolicy.CamelCase.ConvertName(method);
}
