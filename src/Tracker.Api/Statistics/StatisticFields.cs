using Tracker.Api.Generators;

namespace Tracker.Api.Statistics;

/// <summary>
/// The fields of a statistic that <c>recordStatistic</c> and <c>updateStatistic</c> share, each absent unless the input gives it
/// (an absent field changes nothing, null clears); both inputs extend this record, so one method applies either. The
/// properties are written from the schema by Tracker.Api.Generators: the SDL is the one place the fields are declared.
/// </summary>
[SharedInputFields("RecordStatisticInput", "UpdateStatisticInput")]
public abstract partial record StatisticFields;
