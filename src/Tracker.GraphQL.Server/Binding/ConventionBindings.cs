using System.Reflection;
using Tracker.GraphQL.Introspection;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Server.Binding;

/// <summary>
/// Binds by name what the application did not bind by hand, from the assemblies it named
/// (<see cref="Configuration.GraphQLServerBuilder.BindTypesFromAssemblies"/>): a schema enum <c>X</c> to the CLR enum
/// <c>X</c>; a schema object type <c>X</c> to the class marked <c>[GraphQLObject("X")]</c>, else the class
/// <c>XModel</c>, else the class <c>X</c>; an object type <c>XG</c> (<c>LetterConnection</c>) to the generic class
/// <c>G&lt;T&gt;</c> closed over the class bound to <c>X</c> (<c>Connection&lt;LetterModel&gt;</c>). A name two
/// classes claim is a problem, not a guess; a type nothing claims stays unbound, and the completeness check then
/// names every field left without a resolver.
/// </summary>
internal static class ConventionBindings
{
    public static void Add(GraphQLSchema schema, ResolverRegistrations registrations, List<string> problems)
    {
        if (registrations.ConventionAssemblies.Count == 0)
        {
            return;
        }
        var candidates = registrations.ConventionAssemblies.Distinct().SelectMany(a => a.GetTypes())
            .Where(t => t.IsPublic && !t.IsAbstract || t.IsEnum && t.IsPublic)
            .ToList();
        var resolverTypes = registrations.Resolvers.Select(r => r.ResolverType).ToHashSet();
        var boundEnums = registrations.Enums.Select(e => e.TypeName).ToHashSet(StringComparer.Ordinal);
        foreach (var schemaEnum in schema.TypeMap.Values.OfType<EnumType>().Where(e => !IntrospectionTypes.IsIntrospectionType(e) && !boundEnums.Contains(e.Name)))
        {
            if (Single(candidates.Where(t => t.IsEnum && t.Name == schemaEnum.Name), schemaEnum.Name, problems) is { } clrEnum)
            {
                registrations.Enums.Add((clrEnum, schemaEnum.Name));
            }
        }
        var classes = candidates.Where(t => t.IsClass && !resolverTypes.Contains(t) && t.GetCustomAttribute<GraphQLTypeAttribute>() is null).ToList();
        var bound = registrations.RuntimeTypes.GroupBy(r => r.TypeName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().ClrType, StringComparer.Ordinal);
        var objectTypes = schema.TypeMap.Values.OfType<ObjectType>().Where(o => !IntrospectionTypes.IsIntrospectionType(o)).ToList();
        foreach (var objectType in objectTypes.Where(o => !bound.ContainsKey(o.Name)))
        {
            var closed = classes.Where(t => !t.IsGenericTypeDefinition).ToList();
            var match = Single(closed.Where(t => t.GetCustomAttribute<GraphQLObjectAttribute>()?.Name == objectType.Name), objectType.Name, problems)
                ?? Single(closed.Where(t => t.Name == objectType.Name + "Model" && t.GetCustomAttribute<GraphQLObjectAttribute>() is null), objectType.Name, problems)
                ?? Single(closed.Where(t => t.Name == objectType.Name && t.GetCustomAttribute<GraphQLObjectAttribute>() is null), objectType.Name, problems);
            if (match is not null)
            {
                bound[objectType.Name] = match;
                registrations.RuntimeTypes.Add((match, objectType.Name));
            }
        }
        // Generic wrappers after the plain classes, so LetterConnection finds the class bound to Letter.
        foreach (var generic in classes.Where(t => t.IsGenericTypeDefinition && t.GetGenericArguments().Length == 1))
        {
            var suffix = generic.Name[..generic.Name.IndexOf('`', StringComparison.Ordinal)];
            foreach (var objectType in objectTypes.Where(o => !bound.ContainsKey(o.Name) && o.Name.Length > suffix.Length && o.Name.EndsWith(suffix, StringComparison.Ordinal)))
            {
                if (bound.TryGetValue(objectType.Name[..^suffix.Length], out var item) && schema.GetType(objectType.Name[..^suffix.Length]) is ObjectType)
                {
                    var closedType = generic.MakeGenericType(item);
                    bound[objectType.Name] = closedType;
                    registrations.RuntimeTypes.Add((closedType, objectType.Name));
                }
            }
        }
    }

    private static Type? Single(IEnumerable<Type> matches, string name, List<string> problems)
    {
        var list = matches.ToList();
        if (list.Count > 1)
        {
            problems.Add($"\"{name}\" could be bound to {string.Join(" or ", list.Select(t => t.FullName))}; bind it by hand or rename one.");
            return null;
        }
        return list.FirstOrDefault();
    }
}
