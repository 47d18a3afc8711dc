using System.Linq.Expressions;

namespace Tracker.Api.Messaging;

/// <summary>
/// A topic its subscribers may narrow to one record by an argument: the topic's name, the argument's name, the record
/// it names (its table and the key column the argument gives, such as a jurisdiction's code), and what a message says
/// about which record it concerns and the model it carries. Declared beside the message; opened by
/// <see cref="TopicSubscriptions"/>.
/// </summary>
public sealed record SubscriptionTopic<TEntity, TMessage, TModel>(
    string Name,
    string Argument,
    Func<TrackerDbContext, IQueryable<TEntity>> Table,
    Expression<Func<TEntity, string>> Key,
    Func<TMessage, string> SubjectOf,
    Func<TMessage, TModel> ModelOf)
    where TEntity : class
{
    /// <summary>The key column's name as the refusal says it (<c>code</c>, <c>slug</c>).</summary>
    public string KeyName { get; } = ((MemberExpression)Key.Body).Member.Name.ToLowerInvariant();
}
