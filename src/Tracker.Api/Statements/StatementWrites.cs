namespace Tracker.Api.Statements;

/// <summary>Recording and updating words and deeds attributed to people, organisations and bodies.</summary>
public static class StatementWrites
{
    /// <summary>The languages the record's texts are in (the seed data's, and the read API's description).</summary>
    private static readonly string[] Languages = ["en", "es"];

    public static WritableKind<Statement, StatementModel, StatementFields, StatementPayload> Kind { get; } = new(
        StatementQueryMaps.Records, "A statement", SourcesRequired: true,
        (slug, citations) => new Statement { Slug = slug, Text = "", Language = "en", Citations = citations },
        ApplyAsync, (model, errors) => new StatementPayload(model, errors));

    private static async Task ApplyAsync(MutationScope scope, Statement record, StatementFields input, CancellationToken ct)
    {
        input.Kind.Then(kind => record.Kind = scope.NotCleared(kind, record.Kind, "kind"));
        input.Action.Then(action => record.Action = action);
        input.SpeakerName.Then(name => record.SpeakerName = scope.Optional<Statement>(name, s => s.SpeakerName, "speakerName"));
        input.Text.Then(text => record.Text = scope.Required<Statement>(text, s => s.Text, "text") ?? record.Text);
        input.Language.Then(language =>
        {
            if (!Languages.Contains(language))
            {
                scope.Invalid($"\"language\" must be one of {string.Join(", ", Languages.Select(l => $"\"{l}\""))}; \"{language}\" is not.", "language");
            }
            record.Language = language ?? record.Language;
        });
        input.Notes.Then(notes => record.Notes = scope.Optional<Statement>(notes, s => s.Notes, "notes"));
        input.Date.Then(date =>
        {
            var dated = scope.Dated(date, DateParts.All, "date");
            (record.Date, record.DatePrecision, record.DateQualifier) = (dated?.On, dated?.Precision, dated?.Qualifier);
            (record.EarliestOn, record.LatestOn) = (dated?.EarliestOn, dated?.LatestOn);
        });
        await scope.LinkActorsAsync(input.Speakers, record, record.Actors, ActorRole.Speaker, "speakers", ct);
        await scope.LinkActorsAsync(input.AddressedTo, record, record.Actors, ActorRole.AddressedTo, "addressedTo", ct);
        await scope.LinkAllAsync(input.Jurisdictions, record, s => s.Jurisdictions, scope.Db.Jurisdictions, j => j.Code, "jurisdiction", "jurisdictions", ct);
        await scope.LinkAsync(input.Letter, scope.Db.Letters, l => l.Slug, "letter", "letter", id => record.LetterId = id, ct);
        await scope.LinkAsync(input.Legislation, scope.Db.Legislation, l => l.Slug, "legislation", "legislation", id => record.LegislationId = id, ct);
        await scope.LinkAsync(input.Event, scope.Db.Events, e => e.Slug, "event", "event", id => record.EventId = id, ct);
        // As the record will stand: a deed has its kind, words have none (the database's check says the same).
        if ((record.Kind == StatementKind.Action) != (record.Action is not null))
        {
            scope.Invalid(record.Kind == StatementKind.Action ? "An ACTION needs \"action\": what kind of deed it records." : $"Only an ACTION has \"action\"; a {Csv.Names.Screaming(record.Kind)} has none.", "action");
        }
    }
}
