using BenchmarkDotNet.Attributes;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Validation;

namespace Tracker.GraphQL.Benchmarks;

/// <summary>Parse, validate and execute: the same operations bench/graphql-js.mjs times in graphql-js.</summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private DocumentNode _introspection = null!;
    private DocumentNode _nested = null!;

    [GlobalSetup]
    public void Setup()
    {
        _introspection = Parser.Parse(Workloads.IntrospectionQuery);
        _nested = Parser.Parse(Workloads.NestedQuery);
    }

    [Benchmark]
    public DocumentNode ParseIntrospectionQuery() => Parser.Parse(Workloads.IntrospectionQuery);

    [Benchmark]
    public IReadOnlyList<GraphQLError> ValidateIntrospectionQuery() => DocumentValidator.Validate(Workloads.IntrospectionSchema, _introspection);

    [Benchmark]
    public ExecutionResult ExecuteIntrospectionQuery() =>
        Executor.ExecuteAsync(new ExecutionArgs { Schema = Workloads.IntrospectionSchema, Document = _introspection }).Result;

    [Benchmark]
    public ExecutionResult ExecuteNestedListQuery() =>
        Executor.ExecuteAsync(new ExecutionArgs { Schema = Workloads.NestedSchema, Document = _nested, RootValue = Workloads.NestedData }).Result;
}
