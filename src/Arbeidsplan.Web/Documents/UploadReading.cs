using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Documents;

/// <summary>One way to turn what goes wrong while reading an uploaded file into a message beside the file field.</summary>
public static class UploadReading
{
    public static Outcome<T> Read<T>(string fileName, Func<Outcome<T>> read)
    {
        try
        {
            return read();
        }
        catch (FileRefused refused)
        {
            return Outcome<T>.Invalid("File", refused.Message);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException or FileFormatException or ArgumentException
            or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.Xml.XmlException or FormatException)
        {
            return Outcome<T>.Invalid("File", $"Filen «{fileName}» kan ikke leses. Er den skadet, eller har den feil filtype?");
        }
    }
}
