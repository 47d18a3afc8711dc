using Tracker.Api.Generators;

namespace Tracker.Api.Statements;

/// <summary>
/// The fields of a statement that <c>recordStatement</c> and <c>updateStatement</c> share, each absent unless the input gives it
/// (an absent field changes nothing, null clears); both inputs extend this record, so one method applies either. The
/// properties are written from the schema by Tracker.Api.Generators: the SDL is the one place the fields are declared.
/// </summary>
[SharedInputFields("RecordStatementInput", "UpdateStatementInput")]
public abstract partial record StatementFields;
