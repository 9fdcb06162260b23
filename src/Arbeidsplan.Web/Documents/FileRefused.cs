namespace Arbeidsplan.Web.Documents;

/// <summary>An uploaded file that is refused before or while it is read, with a Norwegian message that says why.</summary>
public sealed class FileRefused(string message) : Exception(message);
