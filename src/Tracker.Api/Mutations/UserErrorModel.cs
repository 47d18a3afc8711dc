namespace Tracker.Api.Mutations;

/// <summary>An expected reason a mutation did not apply (the schema's <c>UserError</c> interface).</summary>
public abstract record UserErrorModel(string Message, IReadOnlyList<string>? Field)
{
    /// <summary>
    /// The message with any control or bidi character it quotes from the input shown escaped (<c>\u202E</c>,
    /// <c>\u001B</c>): a reader's terminal or page must not be reordered or driven by what a request sent. Done here,
    /// once, so that no message can forget it.
    /// </summary>
    public string Message { get; init; } = Csv.TerminalText.Escape(Message);

    public abstract UserErrorCode Code { get; }
}
