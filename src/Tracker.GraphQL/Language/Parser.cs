namespace Tracker.GraphQL.Language;

/// <summary>Entry points of the parser (spec §2; graphql-js parse, parseValue, parseConstValue, parseType).</summary>
public static class Parser
{
    /// <summary>Parses a document; throws a <see cref="GraphQLError"/> ("Syntax Error: ...") when it is not valid syntax.</summary>
    public static DocumentNode Parse(string body, ParseOptions? options = null) => Parse(new Source(body), options);

    public static DocumentNode Parse(Source source, ParseOptions? options = null) =>
        Run(source, options, static parser => parser.ParseDocument());

    /// <summary>Parses a single value literal, e.g. a default value.</summary>
    public static ValueNode ParseValue(string body, ParseOptions? options = null) => ParseValue(new Source(body), options);

    public static ValueNode ParseValue(Source source, ParseOptions? options = null) =>
        Run(source, options, static parser => parser.ParseSingleValue(isConst: false));

    /// <summary>Parses a constant value literal (no variables).</summary>
    public static ValueNode ParseConstValue(string body, ParseOptions? options = null) => ParseConstValue(new Source(body), options);

    public static ValueNode ParseConstValue(Source source, ParseOptions? options = null) =>
        Run(source, options, static parser => parser.ParseSingleValue(isConst: true));

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string body, ParseOptions? options = null) => ParseType(new Source(body), options);

    public static TypeNode ParseType(Source source, ParseOptions? options = null) =>
        Run(source, options, static parser => parser.ParseSingleType());

    /// <summary>Parses with a new parser and gives its rented buffers back, whether the parse succeeds or throws.</summary>
    private static T Run<T>(Source source, ParseOptions? options, Func<DocumentParser, T> parse)
    {
        var parser = new DocumentParser(source, options ?? ParseOptions.Default);
        try
        {
            return parse(parser);
        }
        finally
        {
            parser.Release();
        }
    }
}
