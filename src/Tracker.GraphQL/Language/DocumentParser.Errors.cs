using System.Runtime.CompilerServices;

namespace Tracker.GraphQL.Language;

// The parser's error messages, worded as graphql-js words them. Each is built in its own method, kept out
// of line: an interpolated string inlined into a hot method (Advance, ExpectToken) enlarges that method's
// stack frame and prologue for every token, which measurably slows parsing.
internal sealed partial class DocumentParser
{
    private GraphQLError Error(int position, string description) => GraphQLError.Syntax(_source, position, description);

    private GraphQLError Unexpected() => Unexpected(_token);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError Unexpected(Token token) => Error(token.Start, $"Unexpected {_lexer.Describe(token)}.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError ExpectedToken(TokenKind kind) =>
        Error(_token.Start, $"Expected {Token.KindDescription(kind)}, found {_lexer.Describe(_token)}.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError ExpectedKeyword(string value) => Error(_token.Start, $"Expected \"{value}\", found {_lexer.Describe(_token)}.");

    /// <summary>A variable where a constant value is required (default values, directives of definitions).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError VariableInConstantValue(Token dollar) =>
        Error(dollar.Start, $"Unexpected variable \"${_lexer.Value(_token)}\" in constant value.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError ReservedEnumValue() => Error(_token.Start, $"{_lexer.Describe(_token)} is reserved and cannot be used for an enum value.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError TooManyComments(int position) => Error(position, $"Document contains more than {_maxComments} comments. Parsing aborted.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError TooManyTokens(int position) => Error(position, $"Document contains more than {_maxTokens} tokens. Parsing aborted.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError TooDeep() => Error(_token.Start, $"Document nesting is deeper than {_maxDepth} levels. Parsing aborted.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError StackTooSmall() =>
        Error(_token.Start, $"Document nesting is deeper than this thread's stack allows ({_depth} levels). Parsing aborted.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError SourceTooLong(int maxLength) =>
        Error(maxLength, $"Source contains more than {maxLength} UTF-16 code units. Parsing aborted.");
}
