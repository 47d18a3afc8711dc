namespace Tracker.Api.Links;

/// <summary>A linked record as one statement reads it with its link: the owner's key and the record's model.</summary>
internal sealed record LinkedRecord<TModel>(int Owner, TModel Model);
