using Tracker.Api.Generators;

namespace Tracker.Api.Events;

/// <summary>
/// The fields of an event that <c>createEvent</c> and <c>updateEvent</c> share, each absent unless the input gives it
/// (an absent field changes nothing, null clears); both inputs extend this record, so one method applies either. The
/// properties are written from the schema by Tracker.Api.Generators: the SDL is the one place the fields are declared.
/// </summary>
[SharedInputFields("CreateEventInput", "UpdateEventInput")]
public abstract partial record EventFields;
