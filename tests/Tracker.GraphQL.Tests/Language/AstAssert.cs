using System.Collections;
using System.Reflection;
using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Tests.Language;

/// <summary>Structural comparison of two ASTs, ignoring locations and token counts.</summary>
internal static class AstAssert
{
    public static void Equivalent(Node expected, Node actual) => Compare(expected, actual, "$");

    private static void Compare(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: one side is null");
            return;
        }
        Assert.True(expected.GetType() == actual.GetType(), $"{path}: {expected.GetType().Name} vs {actual.GetType().Name}");
        switch (expected)
        {
            case string or bool or int or Enum:
                Assert.True(expected.Equals(actual), $"{path}: {expected} vs {actual}");
                return;
            case IList list:
                var other = (IList)actual;
                Assert.True(list.Count == other.Count, $"{path}: {list.Count} items vs {other.Count}");
                for (var i = 0; i < list.Count; i++)
                {
                    Compare(list[i], other[i], $"{path}[{i}]");
                }
                return;
        }
        foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name is nameof(Node.Location) or nameof(DocumentNode.TokenCount) || property.GetIndexParameters().Length > 0)
            {
                continue;
            }
            Compare(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
        }
    }
}
