using System.Reflection;
using Tracker.GraphQL.Server.Binding;

namespace Tracker.Api.Tests;

/// <summary>
/// A newcomer looking for the fields of a type finds them in one class, named after the type, in the type's folder
/// (README "Layout"). The root operation types are the exception: their fields are spread over the concepts' own
/// Queries, Mutations and Subscriptions classes.
/// </summary>
public sealed class ResolverLayoutTests
{
    private static readonly string[] RootTypes = ["Query", "Mutation", "Subscription"];

    private static IEnumerable<(Type Class, string TypeName)> Bound() =>
        typeof(Program).Assembly.GetTypes()
            .SelectMany(type => type.GetCustomAttributes<GraphQLTypeAttribute>().Select(attribute => (type, attribute.Name)))
            .Where(bound => !RootTypes.Contains(bound.Name));

    [Fact]
    public void Every_type_has_its_fields_in_one_resolver_class()
    {
        var spread = Bound().GroupBy(bound => bound.TypeName).Where(group => group.Count() > 1)
            .Select(group => $"{group.Key}: {string.Join(", ", group.Select(bound => bound.Class.Name).Order())}").ToList();

        Assert.Empty(spread);
    }

    [Fact]
    public void A_resolver_class_is_named_after_its_type()
    {
        var bound = Bound().ToList();
        var misnamed = bound.Where(b => !(b.Class.Name.StartsWith(b.TypeName, StringComparison.Ordinal) && b.Class.Name.EndsWith("Resolvers", StringComparison.Ordinal)))
            .Select(b => $"{b.Class.Name} resolves {b.TypeName}").ToList();

        Assert.NotEmpty(bound);
        Assert.Empty(misnamed);
    }
}
