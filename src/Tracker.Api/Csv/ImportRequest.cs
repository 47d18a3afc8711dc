namespace Tracker.Api.Csv;

/// <summary>What the shell's <c>import signatures</c> was asked: the letter, the file, who runs it (or a dry run).</summary>
internal sealed record ImportRequest(string LetterSlug, string File, string? RunBy, bool DryRun);
