using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Tracker.GraphQL.Server.Subscriptions;

namespace Tracker.Api.Messaging;

/// <summary>
/// What every subscription field does: a subscriber may narrow a topic to one record by an argument, checked when
/// the subscription starts, so one naming no record is refused with <c>NOT_FOUND</c> rather than accepted as a
/// stream that can never fire; then the topic's messages about that record (every record's without the argument)
/// are streamed, each as the model it carries.
/// </summary>
public sealed class TopicSubscriptions(IDbContextFactory<TrackerDbContext> databases, ITopicEventReceiver receiver)
{
    public async Task<IAsyncEnumerable<TModel>> OpenAsync<TEntity, TMessage, TModel>(
        SubscriptionTopic<TEntity, TMessage, TModel> topic, string? subject, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (subject is not null)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var named = Expression.Lambda<Func<TEntity, bool>>(Expression.Equal(topic.Key.Body, Boxed<string>.Of(subject)), topic.Key.Parameters);
            if (!await topic.Table(db).AnyAsync(named, cancellationToken))
            {
                throw NotFoundError.Create($"No {topic.Argument} has the {topic.KeyName} \"{subject}\".", topic.Argument);
            }
        }
        return Stream(topic, subject, cancellationToken);
    }

    /// <summary>The models of the topic's messages about <paramref name="subject"/> (all of them when it is null); nothing is subscribed until the stream is read.</summary>
    private async IAsyncEnumerable<TModel> Stream<TEntity, TMessage, TModel>(
        SubscriptionTopic<TEntity, TMessage, TModel> topic, string? subject, [EnumeratorCancellation] CancellationToken cancellationToken)
        where TEntity : class
    {
        await foreach (var message in receiver.Subscribe<TMessage>(topic.Name, cancellationToken))
        {
            if (subject is null || topic.SubjectOf(message) == subject)
            {
                yield return topic.ModelOf(message);
            }
        }
    }
}
