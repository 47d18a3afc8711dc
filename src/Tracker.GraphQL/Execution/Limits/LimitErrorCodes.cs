namespace Tracker.GraphQL.Execution.Limits;

/// <summary>extensions.code values of limit refusals.</summary>
public static class LimitErrorCodes
{
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string SortTooWide = "SORT_TOO_WIDE";
    public const string FilterTooComplex = "FILTER_TOO_COMPLEX";
    public const string InListTooLong = "IN_LIST_TOO_LONG";
    public const string FilterTextTooLong = "FILTER_TEXT_TOO_LONG";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";
}
