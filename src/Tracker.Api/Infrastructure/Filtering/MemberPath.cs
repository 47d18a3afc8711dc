using System.Linq.Expressions;

namespace Tracker.Api.Infrastructure.Filtering;

/// <summary>
/// The entity member a schema field stands for, by the naming rule the mapping follows (Mapster's): the field
/// <c>startsOn</c> reads the property <c>StartsOn</c>; a field no property is named after reads through a
/// navigation by its leading words (<c>parentCode</c> reads <c>Parent.Code</c>, <c>jurisdictionKind</c>
/// <c>Jurisdiction.Kind</c>). Resolved once, when a map is built at start-up; a name nothing answers fails there.
/// </summary>
internal static class MemberPath
{
    public static LambdaExpression Of<T>(string field)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        var body = Read(parameter, char.ToUpperInvariant(field[0]) + field[1..])
            ?? throw new InvalidOperationException($"Field \"{field}\": {typeof(T).Name} has no property of that name, nor a navigation path to one.");
        return Expression.Lambda(body, parameter);
    }

    private static Expression? Read(Expression source, string name)
    {
        if (source.Type.GetProperty(name) is { } property)
        {
            return Expression.Property(source, property);
        }
        for (var split = 1; split < name.Length; split++)
        {
            if (char.IsUpper(name[split]) && source.Type.GetProperty(name[..split]) is { } navigation
                && Read(Expression.Property(source, navigation), name[split..]) is { } rest)
            {
                return rest;
            }
        }
        return null;
    }
}
