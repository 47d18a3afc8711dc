namespace Tracker.Api.Cases;

/// <summary>Creating and updating deportation cases and the petitions for them.</summary>
[GraphQLType("Mutation")]
public sealed class DeportationCaseMutations(RecordMutations mutations)
{
    public Task<DeportationCasePayload> CreateDeportationCase(CreateDeportationCaseInput input, CancellationToken cancellationToken) =>
        mutations.CreateAsync<DeportationCase, DeportationCaseModel, DeportationCasePayload>(input, async (scope, ct) =>
        {
            var record = new DeportationCase
            {
                Slug = await scope.NewSlugAsync(scope.Db.DeportationCases, input.Slug, c => c.Slug, "A deportation case", ct) ?? "",
                Name = "",
                NormalizedName = "",
                Citations = await scope.ResolveAsync(input.Sources, required: true, ct),
            };
            await ApplyAsync(scope, record, input, ct);
            return record;
        }, Payload, cancellationToken);

    public Task<DeportationCasePayload> UpdateDeportationCase(UpdateDeportationCaseInput input, CancellationToken cancellationToken) =>
        mutations.UpdateAsync<DeportationCase, DeportationCaseModel, DeportationCasePayload>(input, (scope, record, ct) => ApplyAsync(scope, record, input, ct), Payload, cancellationToken);

    private static async Task ApplyAsync(MutationScope scope, DeportationCase record, IDeportationCaseFields input, CancellationToken ct)
    {
        input.Name.Then(name =>
        {
            record.Name = scope.Name<DeportationCase>(name, c => c.Name, "name") ?? record.Name;
            record.NormalizedName = NameNormalizer.Normalize(record.Name);
        });
        input.Community.Then(community => record.Community = scope.Optional<DeportationCase>(community, c => c.Community, "community"));
        input.Situation.Then(situation => record.Situation = scope.Optional<DeportationCase>(situation, c => c.Situation, "situation"));
        input.Notes.Then(notes => record.Notes = scope.Optional<DeportationCase>(notes, c => c.Notes, "notes"));
        await scope.LinkAsync(input.Jurisdiction, scope.Db.Jurisdictions, j => j.Code, "jurisdiction", "jurisdiction", id => record.JurisdictionId = id, ct);
        // The read API calls them petitions: a letter of another kind would be a mislabelled link.
        await scope.LinkAllAsync(input.Petitions, record, c => c.Petitions, scope.Db.Letters, l => l.Slug, "letter", "petitions", ct,
            problem: letter => letter.Kind == LetterKind.Petition ? null : $"\"{letter.Slug}\" is not a petition (it is a {letter.Kind}); only letters of kind PETITION can be a case's petitions.");
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

    private static DeportationCasePayload Payload(DeportationCaseModel? model, IReadOnlyList<UserErrorModel> errors) => new(model, errors);
}
