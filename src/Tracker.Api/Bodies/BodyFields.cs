using Tracker.Api.Generators;

namespace Tracker.Api.Bodies;

/// <summary>
/// The fields of a body that <c>createBody</c> and <c>updateBody</c> share, each absent unless the input gives it
/// (an absent field changes nothing, null clears); both inputs extend this record, so one method applies either. The
/// properties are written from the schema by Tracker.Api.Generators: the SDL is the one place the fields are declared.
/// </summary>
[SharedInputFields("CreateBodyInput", "UpdateBodyInput")]
public abstract partial record BodyFields;
