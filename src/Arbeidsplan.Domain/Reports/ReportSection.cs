using System.Security.Cryptography;
using System.Text;

namespace Arbeidsplan.Domain.Reports;

/// <summary>
/// A section of the annual report as the year's data gives it: its figures, its tables and a draft text written from them.
/// The fingerprint tells whether the data changed after someone rewrote the text.
/// </summary>
public sealed record ReportSection(ReportSectionKind Kind, IReadOnlyList<ReportFigure> Figures, IReadOnlyList<ReportTable> Tables, string Draft)
{
    public string Title => Kind.Title();

    /// <summary>The section's figures drawn, where people would rather look than read; each chart's numbers are also in a table.</summary>
    public IReadOnlyList<ReportChart> Charts { get; init; } = [];

    public string Fingerprint
    {
        get
        {
            var text = new StringBuilder();
            foreach (var f in Figures)
            {
                text.Append(f.Label).Append('\u001f').Append(f.Value).Append('\u001e');
            }
            foreach (var t in Tables)
            {
                text.Append(t.Caption).Append('\u001d');
                foreach (var row in t.Rows)
                {
                    text.AppendJoin('\u001f', row).Append('\u001e');
                }
            }
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
        }
    }
}
