using Tracker.Api.Generators;

namespace Tracker.Api.Cases;

/// <summary>
/// The fields of a deportation case that <c>createDeportationCase</c> and <c>updateDeportationCase</c> share, each absent unless the input gives it
/// (an absent field changes nothing, null clears); both inputs extend this record, so one method applies either. The
/// properties are written from the schema by Tracker.Api.Generators: the SDL is the one place the fields are declared.
/// </summary>
[SharedInputFields("CreateDeportationCaseInput", "UpdateDeportationCaseInput")]
public abstract partial record DeportationCaseFields;
