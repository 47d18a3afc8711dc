namespace Tracker.Api.Sources;

/// <summary>Turns citation inputs into citations, reporting unknown sources and over-long quotes by field.</summary>
public static class CitationInputs
{
    public static async Task<List<Citation>> ResolveAsync(this MutationScope scope, IReadOnlyList<CitationInput>? inputs, bool required, CancellationToken cancellationToken)
    {
        inputs ??= [];
        if (required && inputs.Count == 0)
        {
            scope.Invalid("At least one source must be cited.", "sources");
            return [];
        }
        // A source cited twice with the same passage is refused, as attachSource refuses it on a record that has it.
        scope.Refused(inputs, i => (i.Source, Quote: i.Quote?.Trim() ?? ""), i => $"The source \"{Csv.TerminalText.Escape(i.Source)}\" with this quote", "sources");
        var slugs = inputs.Select(i => i.Source).Distinct().ToList();
        var sources = await scope.Db.Sources.Where(s => slugs.Contains(s.Slug)).ToDictionaryAsync(s => s.Slug, cancellationToken);
        var citations = new List<Citation>();
        for (var i = 0; i < inputs.Count; i++)
        {
            if (!sources.TryGetValue(inputs[i].Source, out var source))
            {
                scope.NotFound($"No source has the slug \"{inputs[i].Source}\".", "sources", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "source");
                continue;
            }
            citations.Add(new Citation { Source = source, Quote = scope.Optional<Citation>(inputs[i].Quote, c => c.Quote, "sources", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "quote") });
        }
        return citations;
    }
}
