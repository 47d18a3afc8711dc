using System.Collections.Generic;
using System.Linq;

namespace Tracker.Api.Generators;

/// <summary>
/// The C# type the server binds an SDL input type to (the binding's rules in Tracker.GraphQL.Server): the specified
/// scalars and <c>Date</c> to their CLR types, enums and input objects to the C# type of the same name, lists to
/// <c>IReadOnlyList</c>.
/// </summary>
public static class CSharpTypes
{
    private static readonly Dictionary<string, string> Scalars = new()
    {
        ["String"] = "string",
        ["ID"] = "string",
        ["Int"] = "int",
        ["Float"] = "double",
        ["Boolean"] = "bool",
        ["Date"] = "global::System.DateOnly",
    };

    /// <summary>The type as a nullable C# type (an absent or null field is allowed either way), or null for a scalar this table does not know.</summary>
    public static string? Of(SdlType type, IReadOnlyCollection<string> declaredScalars)
    {
        var element = Element(type, declaredScalars);
        return element is null ? null : element + "?";
    }

    private static string? Element(SdlType type, IReadOnlyCollection<string> declaredScalars)
    {
        if (type.Item is not null)
        {
            var item = Element(type.Item, declaredScalars);
            return item is null ? null : $"global::System.Collections.Generic.IReadOnlyList<{item}{(type.Item.NonNull ? "" : "?")}>";
        }

        if (Scalars.TryGetValue(type.Name!, out var scalar))
        {
            return scalar;
        }

        // A custom scalar needs a row above; an enum or input object is bound to the C# type of its name.
        return declaredScalars.Contains(type.Name!) ? null : type.Name;
    }
}
