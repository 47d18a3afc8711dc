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
    /// <summary>Refuses a subject that names no record (<paramref name="exists"/> is false for it); no subject is fine.</summary>
    public async Task RequireAsync(
        string? subject, Func<TrackerDbContext, string, CancellationToken, Task<bool>> exists, string notFound, string argument, CancellationToken cancellationToken)
    {
        if (subject is null)
        {
            return;
        }
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (!await exists(db, subject, cancellationToken))
        {
            throw NotFoundError.Create(notFound, argument);
        }
    }

    /// <summary>
    /// The models of a topic's messages about <paramref name="subject"/> (all of them when it is null). Nothing is
    /// subscribed until the stream is read.
    /// </summary>
    public async IAsyncEnumerable<TModel> Stream<TMessage, TModel>(
        string topic, string? subject, Func<TMessage, string> subjectOf, Func<TMessage, TModel> modelOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var message in receiver.Subscribe<TMessage>(topic, cancellationToken))
        {
            if (subject is null || subjectOf(message) == subject)
            {
                yield return modelOf(message);
            }
        }
    }
}
