using Tracker.Api.Infrastructure;

namespace Tracker.Api.Tests;

/// <summary>What <see cref="ComposedText"/> gives: Unicode's NFC, whatever globalization mode the process runs in.</summary>
public sealed class ComposedTextTests
{
    [Theory]
    [InlineData("Comite\u0301 de Apoyo X", "Comit\u00e9 de Apoyo X")]
    [InlineData("Isaac Marti\u0301n", "Isaac Mart\u00edn")]
    [InlineData("A\u030A and \u212B", "\u00C5 and \u00C5")]
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]
    [InlineData("Nguye\u0302\u0303n", "Nguy\u1EC5n")]
    public void Decomposed_text_is_composed(string given, string composed)
    {
        Assert.Equal(composed, ComposedText.Of(given));
    }

    [Theory]
    [InlineData("Comit\u00e9 de Apoyo X")]
    [InlineData("Minnesota Immigrant Rights Action Committee")]
    [InlineData("\u0915\u094D\u200D\u0937 \U0001F600")]
    public void Text_already_composed_is_kept(string text)
    {
        Assert.Equal(text, ComposedText.Of(text));
    }

    /// <summary>
    /// Composing sorts a run of marks (its cost grows with the square of the run): up to the Stream-Safe limit of 30
    /// it is composed, beyond it the text is kept as written.
    /// </summary>
    [Fact]
    public void A_run_of_combining_marks_is_composed_up_to_thirty_and_kept_as_written_beyond()
    {
        var thirty = "e\u0301" + new string('\u0316', ComposedText.MaxCombiningRun - 1);
        var thirtyOne = "e\u0301" + new string('\u0316', ComposedText.MaxCombiningRun);
        var flood = "x" + new string('\u0301', 50_000) + new string('\u0316', 50_000);

        Assert.Equal("\u00e9" + new string('\u0316', ComposedText.MaxCombiningRun - 1), ComposedText.Of(thirty));
        Assert.Equal(thirtyOne, ComposedText.Of(thirtyOne));
        Assert.Same(flood, ComposedText.Of(flood));
    }

    [Fact]
    public void A_lone_surrogate_is_kept_as_written_rather_than_replaced()
    {
        Assert.Equal("x\uD800e\u0301", ComposedText.Of("x\uD800e\u0301"));
    }
}
