namespace Tracker.Api.Mutations;

/// <summary>The schema's <c>DateInput</c>: a date as the documents give it, with its precision, qualifier and range.</summary>
public sealed record DateInput(DateOnly On, DatePrecision Precision, DateQualifier Qualifier, DateOnly? EarliestOn, DateOnly? LatestOn);
