namespace Tracker.Api.Sources;

/// <summary>Adding sources (citing them on records is <see cref="SourceMutations.AttachSource"/>).</summary>
public static class SourceWrites
{
    public static MutableKind<Source, SourceModel, SourcePayload> Kind { get; } = new((model, errors) => new SourcePayload(model, errors));

    public static async Task<Source?> NewAsync(MutationScope scope, AddSourceInput input, CancellationToken ct)
    {
        var slug = await scope.NewSlugAsync(scope.Db.Sources, input.Slug, s => s.Slug, "A source", ct);
        scope.HttpUrl(input.Url, "url");
        scope.NotInFuture(input.PublishedOn, "publishedOn");
        return new Source
        {
            Slug = slug ?? "",
            Title = scope.Required<Source>(input.Title, s => s.Title, "title") ?? "",
            Url = scope.Optional<Source>(input.Url, s => s.Url, "url"),
            Publisher = scope.Optional<Source>(input.Publisher, s => s.Publisher, "publisher"),
            PublishedOn = input.PublishedOn,
            Notes = scope.Optional(input.Notes, UnboundedTextLimits.SourceNotes, "notes"),
        };
    }
}
