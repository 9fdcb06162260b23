using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Arbeidsplan.Tests.Domain;

/// <summary>The glossary shows in the files: each of the domain's types in a file of its own name, so a reader finds Goal in Goal.cs.</summary>
public sealed partial class SourceLayoutTests
{
    [Fact]
    public void DomainFile_DeclaresOneTypeNamedAfterIt()
    {
        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(DomainFolder(), "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var names = TopLevelType().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value).ToList();
            if (names.Count != 1 || names[0] != Path.GetFileNameWithoutExtension(file))
            {
                wrong.Add($"{Path.GetFileName(file)}: {string.Join(", ", names)}");
            }
        }

        Assert.True(wrong.Count == 0, "Files that are not one type of their own name:\n" + string.Join("\n", wrong));
    }

    private static string DomainFolder([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "Arbeidsplan.Domain"));

    [GeneratedRegex(@"^(?:public|internal) (?:(?:sealed|static|abstract|readonly|partial|record)\s+)*(?:class|record|enum|struct|interface)\s+(?:struct\s+|class\s+)?(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();
}
