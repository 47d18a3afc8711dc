namespace Tracker.Api.Letters;

/// <summary>Whether a signatory is an organisation or a person (the schema's <c>SignatoryKind</c>).</summary>
public enum SignatoryKind
{
    Organization,
    Person,
}
