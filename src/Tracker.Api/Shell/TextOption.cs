using System.CommandLine;

namespace Tracker.Api.Shell;

/// <summary>
/// A text option of a shell command. Its value may not look like an option: the parser would take
/// <c>keys create --name --role admin</c>'s "--role" as the name, and a key named "--role" is always a mistake.
/// </summary>
internal static class TextOption
{
    public static Option<string> Create(string name, string description, bool required)
    {
        var option = new Option<string>(name) { Description = description, Required = required };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && (value.StartsWith('-') || value.Trim().Length == 0))
            {
                result.AddError($"{name} needs a value{(value.Trim().Length == 0 ? "" : $", not \"{value}\", which looks like an option")}.");
            }
        });
        return option;
    }
}
