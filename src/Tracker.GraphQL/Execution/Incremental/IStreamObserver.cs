namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>What a stream tells the incremental graph as its producer runs.</summary>
internal interface IStreamObserver
{
    /// <summary>Items are waiting where there were none: they are taken when this event is handled.</summary>
    void ItemsReady(StreamRecord stream);

    /// <summary>The source ended and every item was taken.</summary>
    void Succeeded(StreamRecord stream);

    /// <summary>The source or a non-null item failed and every earlier item was taken.</summary>
    void Failed(StreamRecord stream, GraphQLError error);
}
