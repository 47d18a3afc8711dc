namespace Tracker.Api.Record;

/// <summary>
/// The create and update mutations of every kind of record, each bound to its kind's rules. Events, bodies and
/// deportation cases are created (things the documents name), statistics and statements are recorded (facts a
/// document states, as status changes and legislation are); each is updated with the same fields
/// (<see cref="WritableKind{TRecord, TModel, TFields, TPayload}"/>). The older kinds (letters...) take inputs of their
/// own for each mutation (<see cref="MutableKind{TRecord, TModel, TPayload}"/>). Every one runs on
/// <see cref="RecordKindWrites"/>; the kinds' rules are in their own folders (<see cref="EventWrites"/>,
/// <see cref="LetterWrites"/>...). Mutations that are not a create or an update of one record (signatures, merges,
/// status events, citations) are in their own folders' classes.
/// </summary>
[GraphQLType("Mutation")]
public sealed class RecordKindMutations(RecordKindWrites writes)
{
    public Task<EventPayload> CreateEvent(CreateEventInput input, CancellationToken cancellationToken) =>
        writes.CreateAsync(EventWrites.Kind, input, cancellationToken);

    public Task<EventPayload> UpdateEvent(UpdateEventInput input, CancellationToken cancellationToken) =>
        writes.UpdateAsync(EventWrites.Kind, input, cancellationToken);

    public Task<BodyPayload> CreateBody(CreateBodyInput input, CancellationToken cancellationToken) =>
        writes.CreateAsync(BodyWrites.Kind, input, cancellationToken);

    public Task<BodyPayload> UpdateBody(UpdateBodyInput input, CancellationToken cancellationToken) =>
        writes.UpdateAsync(BodyWrites.Kind, input, cancellationToken);

    public Task<DeportationCasePayload> CreateDeportationCase(CreateDeportationCaseInput input, CancellationToken cancellationToken) =>
        writes.CreateAsync(DeportationCaseWrites.Kind, input, cancellationToken);

    public Task<DeportationCasePayload> UpdateDeportationCase(UpdateDeportationCaseInput input, CancellationToken cancellationToken) =>
        writes.UpdateAsync(DeportationCaseWrites.Kind, input, cancellationToken);

    public Task<StatisticPayload> RecordStatistic(RecordStatisticInput input, CancellationToken cancellationToken) =>
        writes.CreateAsync(StatisticWrites.Kind, input, cancellationToken);

    public Task<StatisticPayload> UpdateStatistic(UpdateStatisticInput input, CancellationToken cancellationToken) =>
        writes.UpdateAsync(StatisticWrites.Kind, input, cancellationToken);

    public Task<StatementPayload> RecordStatement(RecordStatementInput input, CancellationToken cancellationToken) =>
        writes.CreateAsync(StatementWrites.Kind, input, cancellationToken);

    public Task<StatementPayload> UpdateStatement(UpdateStatementInput input, CancellationToken cancellationToken) =>
        writes.UpdateAsync(StatementWrites.Kind, input, cancellationToken);

    public Task<LetterPayload> CreateLetter(CreateLetterInput input, CancellationToken cancellationToken) =>
        writes.CreateAsync(LetterWrites.Kind, input, LetterWrites.NewAsync, cancellationToken);

    public Task<LetterPayload> UpdateLetter(UpdateLetterInput input, CancellationToken cancellationToken) =>
        writes.UpdateAsync(LetterWrites.Kind, input, LetterWrites.ApplyAsync, cancellationToken);

    public Task<LetterPayload> DeliverLetter(DeliverLetterInput input, CancellationToken cancellationToken) =>
        writes.UpdateAsync(LetterWrites.Kind, input, LetterWrites.DeliverAsync, cancellationToken);

    public Task<JurisdictionPayload> CreateJurisdiction(CreateJurisdictionInput input, CancellationToken cancellationToken) =>
        writes.CreateAsync(JurisdictionWrites.Kind, input, JurisdictionWrites.NewAsync, cancellationToken);

    public Task<JurisdictionPayload> UpdateJurisdiction(UpdateJurisdictionInput input, CancellationToken cancellationToken) =>
        writes.UpdateAsync(JurisdictionWrites.Kind, input, JurisdictionWrites.ApplyAsync, cancellationToken);

    public Task<LegislationPayload> RecordLegislation(RecordLegislationInput input, CancellationToken cancellationToken) =>
        writes.CreateAsync(LegislationWrites.Kind, input, LegislationWrites.NewAsync, cancellationToken);

    public Task<LegislationPayload> AddLegislationStage(AddLegislationStageInput input, CancellationToken cancellationToken) =>
        writes.UpdateAsync(LegislationWrites.Kind, input, LegislationWrites.AddStageAsync, cancellationToken);

    public Task<SourcePayload> AddSource(AddSourceInput input, CancellationToken cancellationToken) =>
        writes.CreateAsync(SourceWrites.Kind, input, SourceWrites.NewAsync, cancellationToken);

    public Task<OrganizationPayload> CreateOrganization(CreateOrganizationInput input, CancellationToken cancellationToken) =>
        writes.CreateAsync(OrganizationWrites.Kind, input, OrganizationWrites.NewAsync, cancellationToken);

    public Task<OrganizationPayload> UpdateOrganization(UpdateOrganizationInput input, CancellationToken cancellationToken) =>
        writes.UpdateAsync(OrganizationWrites.Kind, input, OrganizationWrites.ApplyAsync, cancellationToken);

    public Task<PersonPayload> CreatePerson(CreatePersonInput input, CancellationToken cancellationToken) =>
        writes.CreateAsync(PersonWrites.Kind, input, PersonWrites.NewAsync, cancellationToken);

    public Task<PersonPayload> UpdatePerson(UpdatePersonInput input, CancellationToken cancellationToken) =>
        writes.UpdateAsync(PersonWrites.Kind, input, PersonWrites.ApplyAsync, cancellationToken);
}
