namespace Tracker.Api.Infrastructure;

/// <summary>One row of a many-to-many link read for a batch: the record's key, the linked record's, and what orders them.</summary>
internal sealed record LinkedKey<TOrder>(int Owner, int Key, TOrder Order);
