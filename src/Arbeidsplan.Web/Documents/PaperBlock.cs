namespace Arbeidsplan.Web.Documents;

/// <summary>One block of a <see cref="Paper"/>, laid out by each format in its own way.</summary>
public abstract record PaperBlock;

public sealed record PaperTitle(string Text) : PaperBlock;

public sealed record PaperHeading(string Text, int Level) : PaperBlock;

/// <summary>A paragraph of runs; a line break in a run's text breaks the line.</summary>
public sealed record PaperText(IReadOnlyList<PaperRun> Runs) : PaperBlock;

public sealed record PaperRun(string Text, bool Bold);

/// <summary>A table with a caption and a header row repeated on each page; every row as many cells as the columns.</summary>
public sealed record PaperTable(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : PaperBlock;

/// <summary>The table of contents of the level 1 and 2 headings.</summary>
public sealed record PaperContents(string Heading) : PaperBlock;

public sealed record PaperPageBreak : PaperBlock;

/// <summary>A PNG or JPEG at a width in centimetres (never wider than the page), with its description for those who cannot see it.</summary>
public sealed record PaperImage(byte[] Bytes, string Description, double WidthCm, int PixelWidth, int PixelHeight) : PaperBlock;

/// <summary>A PDF whose pages follow the paper's own in its PDF version, under a bookmark with its title.</summary>
public sealed record PaperAttachment(string Title, byte[] Pdf);
