namespace Tracker.GraphQL.Server.Execution;

/// <summary>How a stream of payloads ended for <see cref="PayloadStream"/>.</summary>
internal enum PayloadDelivery
{
    /// <summary>Every payload was handed to the transport: it may close the stream as its protocol says.</summary>
    Completed,

    /// <summary>The transport could not deliver a payload (the client is gone, or the operation was removed).</summary>
    ClientGone,

    /// <summary>The token was cancelled: the client went away, or the operation or the host stopped.</summary>
    Cancelled,
}
