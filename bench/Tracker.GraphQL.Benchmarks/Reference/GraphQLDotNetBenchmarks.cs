using BenchmarkDotNet.Attributes;
using GraphQLParser.AST;
using Dotnet = global::GraphQL;

namespace Tracker.GraphQL.Benchmarks.Reference;

/// <summary>
/// GraphQL.NET 8.8.5 on the workloads of <see cref="EngineBenchmarks"/> and <see cref="DocumentCacheBenchmarks"/>,
/// method for method (bench/run.sh pairs them by name). The setup first checks that its answers equal ours.
/// </summary>
[MemoryDiagnoser]
public class GraphQLDotNetBenchmarks
{
    private static readonly GraphQLParser.ParserOptions ParserOptions = new() { Ignore = GraphQLParser.IgnoreOptions.Comments };
    private readonly Dotnet.Validation.DocumentValidator _validator = new();

    [GlobalSetup]
    public void Setup() => OutputCheck.ThrowIfDifferent();

    [Benchmark]
    public GraphQLDocument ParseIntrospectionQuery() => GraphQLParser.Parser.Parse(DotNetWorkloads.IntrospectionQuery, ParserOptions);

    [Benchmark]
    public Dotnet.Validation.IValidationResult ValidateIntrospectionQuery() => _validator.ValidateAsync(new Dotnet.Validation.ValidationOptions
    {
        Schema = DotNetWorkloads.IntrospectionSchema,
        Document = DotNetWorkloads.IntrospectionDocument,
        Operation = (GraphQLOperationDefinition)DotNetWorkloads.IntrospectionDocument.Definitions[0],
        Rules = Dotnet.Validation.DocumentValidator.CoreRules,
    }).Result;

    [Benchmark]
    public Dotnet.ExecutionResult ExecuteIntrospectionQuery() =>
        DotNetWorkloads.Executer.ExecuteAsync(DotNetWorkloads.Validated(DotNetWorkloads.IntrospectionSchema, DotNetWorkloads.IntrospectionDocument)).Result;

    [Benchmark]
    public Dotnet.ExecutionResult ExecuteNestedListQuery() =>
        DotNetWorkloads.Executer.ExecuteAsync(DotNetWorkloads.Validated(DotNetWorkloads.NestedSchema, DotNetWorkloads.NestedDocument, Workloads.NestedData)).Result;

    /// <summary>The dashboard request from its text (parse, validate, execute), like our uncached request.</summary>
    [Benchmark]
    public Dotnet.ExecutionResult Uncached() => DotNetWorkloads.Executer.ExecuteAsync(new Dotnet.ExecutionOptions
    {
        Schema = DotNetWorkloads.IntrospectionSchema,
        Query = DashboardWorkload.Query,
    }).Result;
}
