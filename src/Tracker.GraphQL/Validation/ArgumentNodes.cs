using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation;

/// <summary>Allocation-free lookups in argument lists (rules run them for every field and directive).</summary>
internal static class ArgumentNodes
{
    public static bool Contains(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return true;
            }
        }
        return false;
    }
}
