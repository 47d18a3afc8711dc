namespace Tracker.Api.Jurisdictions;

/// <summary>Recording, correcting and retracting status events; the current status is recomputed from the history each time.</summary>
[GraphQLType("Mutation")]
public sealed class StatusMutations(RecordMutations mutations, TypeAdapterConfig mapping)
{
    public Task<StatusEventPayload> RecordStatusChange(RecordStatusChangeInput input, CancellationToken cancellationToken) =>
        mutations.RunAsync(input, async (scope, ct) =>
        {
            var jurisdiction = await scope.ReferencedAsync(scope.Db.Jurisdictions, input.Jurisdiction, j => j.Code, "jurisdiction", "jurisdiction", ct);
            var legislation = await scope.ReferencedAsync(scope.Db.Legislation, input.Legislation, l => l.Slug, "legislation", "legislation", ct);
            if (WithinLimits(scope, input.EffectiveOn, input.EarliestOn, input.LatestOn))
            {
                CheckDates(scope, input.EffectiveOn, input.DatePrecision, input.DateQualifier, input.EarliestOn, input.LatestOn);
            }
            var description = scope.Required<StatusEvent>(input.Description, e => e.Description, "description");
            var actor = scope.Optional<StatusEvent>(input.Actor, e => e.Actor, "actor");
            var citations = await scope.ResolveAsync(input.Sources, required: true, ct);
            if (scope.Failed)
            {
                return Fail();
            }
            // A MONTH or YEAR date is kept as the first day of its period, as every dated input is (DateChecks.Dated).
            var effectiveOn = StatusEventDates.PeriodStart(input.EffectiveOn, input.DatePrecision);
            var statusEvent = new StatusEvent
            {
                Slug = $"{jurisdiction!.Code.ToLowerInvariant()}-{input.Status.ToString().ToLowerInvariant()}-{effectiveOn:yyyy-MM-dd}-{Guid.NewGuid().ToString("N")[..6]}",
                Jurisdiction = jurisdiction,
                Status = input.Status,
                EffectiveOn = effectiveOn,
                DatePrecision = input.DatePrecision,
                DateQualifier = input.DateQualifier,
                EarliestOn = input.EarliestOn,
                LatestOn = input.LatestOn,
                Actor = actor,
                Description = description!,
                Legislation = legislation,
                Citations = citations,
            };
            scope.Db.StatusEvents.Add(statusEvent);
            return await FinishAsync(scope, statusEvent, before: null, ct);
        }, Failed, cancellationToken);

    public Task<StatusEventPayload> CorrectStatusEvent(CorrectStatusEventInput input, CancellationToken cancellationToken) =>
        mutations.ChangeAsync<StatusEvent, StatusEventModel, StatusEventPayload>(input, async (scope, statusEvent, before, ct) =>
        {
            input.Status.Then(status => statusEvent.Status = scope.NotCleared(status, statusEvent.Status, "status"));
            input.EffectiveOn.Then(effectiveOn => statusEvent.EffectiveOn = scope.NotCleared(effectiveOn, statusEvent.EffectiveOn, "effectiveOn"));
            input.DatePrecision.Then(precision => statusEvent.DatePrecision = scope.NotCleared(precision, statusEvent.DatePrecision, "datePrecision"));
            input.DateQualifier.Then(qualifier => statusEvent.DateQualifier = scope.NotCleared(qualifier, statusEvent.DateQualifier, "dateQualifier"));
            if (input.EarliestOn.HasValue)
            {
                statusEvent.EarliestOn = input.EarliestOn.Value;
            }
            if (input.LatestOn.HasValue)
            {
                statusEvent.LatestOn = input.LatestOn.Value;
            }
            // The corrected dates are checked together, as they will stand, and the day kept as its period's first.
            // The limits apply to the dates given: an event stored before they existed can still be corrected
            // in other respects.
            if (WithinLimits(scope, input.EffectiveOn.GetValueOrDefault(null), input.EarliestOn.GetValueOrDefault(null), input.LatestOn.GetValueOrDefault(null)))
            {
                CheckDates(scope, statusEvent.EffectiveOn, statusEvent.DatePrecision, statusEvent.DateQualifier, statusEvent.EarliestOn, statusEvent.LatestOn);
            }
            statusEvent.EffectiveOn = StatusEventDates.PeriodStart(statusEvent.EffectiveOn, statusEvent.DatePrecision);
            if (input.Actor.HasValue)
            {
                statusEvent.Actor = scope.Optional<StatusEvent>(input.Actor.Value, e => e.Actor, "actor");
            }
            if (input.Description.HasValue)
            {
                statusEvent.Description = scope.Required<StatusEvent>(input.Description.Value, e => e.Description, "description") ?? statusEvent.Description;
            }
            if (scope.Failed)
            {
                return Fail();
            }
            return scope.DiscardedAsUnchanged(statusEvent) ? await AsReadAsync(scope, statusEvent, before, ct) : await FinishAsync(scope, statusEvent, before, ct);
        }, Failed, cancellationToken);

    public Task<StatusEventPayload> RetractStatusEvent(RetractStatusEventInput input, CancellationToken cancellationToken) =>
        mutations.ChangeAsync<StatusEvent, StatusEventModel, StatusEventPayload>(input, async (scope, statusEvent, before, ct) =>
        {
            if (statusEvent.RetractedAt is not null)
            {
                scope.Invalid("This event is already retracted.", "id");
                return Fail();
            }
            statusEvent.RetractionReason = scope.Required<StatusEvent>(input.Reason, e => e.RetractionReason, "reason");
            statusEvent.RetractedAt = scope.Now;
            return scope.Failed ? Fail() : await FinishAsync(scope, statusEvent, before, ct);
        }, Failed, cancellationToken);

    /// <summary>Saves the event, recomputes its jurisdiction's current status from the saved history, audits and publishes.</summary>
    private async Task<StatusEventPayload> FinishAsync(MutationScope scope, StatusEvent statusEvent, StatusEventModel? before, CancellationToken cancellationToken)
    {
        await scope.Db.SaveChangesAsync(cancellationToken);
        await JurisdictionStatuses.RecomputeAsync(scope.Db, [statusEvent.JurisdictionId], scope.Today, cancellationToken);
        var jurisdiction = await scope.Db.Jurisdictions.SingleAsync(j => j.Id == statusEvent.JurisdictionId, cancellationToken);
        var after = statusEvent.Adapt<StatusEventModel>(mapping);
        scope.Audit(TypeNames.StatusEvent, () => statusEvent.Id, before, () => after);
        scope.Publish(StatusChangedMessage.Topic.Name, new StatusChangedMessage(jurisdiction.Code, after));
        return new StatusEventPayload(after, jurisdiction.Adapt<JurisdictionModel>(mapping), []);
    }

    /// <summary>A correction that changes nothing: the event as read and its jurisdiction, nothing saved, audited or published.</summary>
    private async Task<StatusEventPayload> AsReadAsync(MutationScope scope, StatusEvent statusEvent, StatusEventModel before, CancellationToken cancellationToken)
    {
        var jurisdiction = await scope.Db.Jurisdictions.AsNoTracking().SingleAsync(j => j.Id == statusEvent.JurisdictionId, cancellationToken);
        return new StatusEventPayload(before, jurisdiction.Adapt<JurisdictionModel>(mapping), []);
    }

    /// <summary>
    /// Whether each date given lies within the tracker's limits (<see cref="DateLimits"/>); the dating rules are
    /// checked only then, so that one mistyped year is reported once, not also as "in the future".
    /// </summary>
    private static bool WithinLimits(MutationScope scope, DateOnly? effectiveOn, DateOnly? earliestOn, DateOnly? latestOn) =>
        scope.WithinLimits(effectiveOn, "effectiveOn") & scope.WithinLimits(earliestOn, "earliestOn") & scope.WithinLimits(latestOn, "latestOn");

    /// <summary>The dating rules' checks (StatusEventDates.Problem), reported on the input field concerned.</summary>
    private static void CheckDates(MutationScope scope, DateOnly effectiveOn, DatePrecision precision, DateQualifier qualifier, DateOnly? earliestOn, DateOnly? latestOn)
    {
        if (StatusEventDates.Problem(effectiveOn, precision, qualifier, earliestOn, latestOn, scope.Today) is { } problem)
        {
            scope.Invalid(problem.Message, problem.Field);
        }
    }

    private static StatusEventPayload Fail() => new(null, null, []);

    private static StatusEventPayload Failed(IReadOnlyList<UserErrorModel> errors) => new(null, null, errors);
}
