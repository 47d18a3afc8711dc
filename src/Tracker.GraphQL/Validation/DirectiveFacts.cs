namespace Tracker.GraphQL.Validation;

/// <summary>What a directive rule needs to know about one directive, from the schema or from a definition in the document.</summary>
internal sealed record DirectiveFacts(
    HashSet<string> Locations,
    string[] ArgumentNames,
    (string Name, string Type)[] RequiredArguments,
    bool IsRepeatable);
