using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Tracker.Api.Generators;

/// <summary>The input types and scalars of every schema file of the compilation, and what could not be read.</summary>
public sealed class SdlInputs(IReadOnlyDictionary<string, SdlInput> inputs, IReadOnlyCollection<string> scalars, IReadOnlyList<string> problems)
{
    public IReadOnlyList<string> Problems { get; } = problems;

    public static SdlInputs Of(ImmutableArray<SdlFile> files)
    {
        var inputs = new Dictionary<string, SdlInput>();
        var problems = files.Where(file => file.Problem is not null).Select(file => file.Problem!).ToList();
        foreach (var input in files.SelectMany(file => file.Inputs))
        {
            if (inputs.ContainsKey(input.Name))
            {
                problems.Add($"input {input.Name} is declared twice");
            }

            inputs[input.Name] = input;
        }

        // An extension's fields follow the input's own, as a schema built from these files would list them.
        foreach (var extension in files.SelectMany(file => file.Extensions))
        {
            if (!inputs.TryGetValue(extension.Name, out var input))
            {
                problems.Add($"extend input {extension.Name} extends an input no file declares");
                continue;
            }

            inputs[extension.Name] = new SdlInput(input.Name, [.. input.Fields, .. extension.Fields]);
        }

        return new SdlInputs(inputs, files.SelectMany(file => file.Scalars).ToList(), problems);
    }

    /// <summary>
    /// The fields both inputs declare, in the first input's order, with their C# types; or null and a diagnostic
    /// when an input is missing, a shared field's types differ, or a scalar has no known C# type.
    /// </summary>
    public IReadOnlyList<SharedField>? Shared(SharedFieldsRequest request, out Diagnostic? diagnostic)
    {
        diagnostic = null;
        var location = request.Location.ToLocation();
        if (!inputs.TryGetValue(request.First, out var first) || !inputs.TryGetValue(request.Second, out var second))
        {
            var missing = inputs.ContainsKey(request.First) ? request.Second : request.First;
            diagnostic = Diagnostic.Create(SharedInputFieldsDiagnostics.InputNotFound, location, missing, request.Name);
            return null;
        }

        var shared = new List<SharedField>();
        foreach (var field in first.Fields)
        {
            var other = second.Fields.FirstOrDefault(f => f.Name == field.Name);
            if (other is null)
            {
                continue;
            }

            if (!field.Type.SameShapeAs(other.Type))
            {
                diagnostic = Diagnostic.Create(SharedInputFieldsDiagnostics.TypesDiffer, location, field.Name, first.Name, field.Type, second.Name, other.Type);
                return null;
            }

            var type = CSharpTypes.Of(field.Type, scalars);
            if (type is null)
            {
                diagnostic = Diagnostic.Create(SharedInputFieldsDiagnostics.UnknownScalar, location, field.Type.NamedType, first.Name, field.Name);
                return null;
            }

            shared.Add(new SharedField(field.Name, type, field.Description));
        }

        return shared;
    }
}
