namespace Tracker.Api.Infrastructure.Loading;

/// <summary>One linked record read for a batch with its link: the owner's key, the record's model and what orders it.</summary>
internal sealed record LinkedModel<TModel, TOrder>(int Owner, TModel Model, TOrder Order);
