namespace Tracker.Api.Cases;

/// <summary>Creating and updating deportation cases and the petitions for them.</summary>
public static class DeportationCaseWrites
{
    public static WritableKind<DeportationCase, DeportationCaseModel, DeportationCaseFields, DeportationCasePayload> Kind { get; } = new(
        DeportationCaseQueryMaps.Records, "A deportation case", SourcesRequired: true,
        (slug, citations) => new DeportationCase { Slug = slug, Name = "", NormalizedName = "", Citations = citations },
        ApplyAsync, (model, errors) => new DeportationCasePayload(model, errors));

    private static async Task ApplyAsync(MutationScope scope, DeportationCase record, DeportationCaseFields input, CancellationToken ct)
    {
        input.Name.Then(name => scope.Rename(record, name));
        input.Community.Then(community => record.Community = scope.Optional<DeportationCase>(community, c => c.Community, "community"));
        input.Situation.Then(situation => record.Situation = scope.Optional<DeportationCase>(situation, c => c.Situation, "situation"));
        input.Notes.Then(notes => record.Notes = scope.Optional<DeportationCase>(notes, c => c.Notes, "notes"));
        await scope.LinkAsync(input.Jurisdiction, scope.Db.Jurisdictions, j => j.Code, "jurisdiction", "jurisdiction", id => record.JurisdictionId = id, ct);
        // The read API calls them petitions: a letter of another kind would be a mislabelled link.
        await scope.LinkAllAsync(input.Petitions, record, c => c.Petitions, scope.Db.Letters, l => l.Slug, "letter", "petitions", ct,
            problem: letter => letter.Kind == LetterKind.Petition ? null : $"\"{letter.Slug}\" is not a petition (it is a {Csv.Names.Screaming(letter.Kind)}); only letters of kind PETITION can be a case's petitions.");
        input.ReportedOn.Then(date =>
        {
            // A report date is the date of a document: no range, and PLANNED means nothing for it.
            var reported = scope.Dated(date, DateParts.Qualifier, "reportedOn");
            if (reported?.Qualifier == DateQualifier.Planned)
            {
                scope.Invalid("A report date cannot be PLANNED: it is the date of the document reporting the case.", "reportedOn", "qualifier");
            }
            (record.ReportedOn, record.ReportedOnPrecision, record.ReportedOnQualifier) = (reported?.On, reported?.Precision, reported?.Qualifier);
        });
    }
}
