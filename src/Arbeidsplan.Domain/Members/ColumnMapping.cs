namespace Arbeidsplan.Domain.Members;

/// <summary>Which column holds each field: guessed from the register's Norwegian headers, or as the organisation saved it.</summary>
public sealed record ColumnMapping(IReadOnlyDictionary<MemberField, string> Columns)
{
    public static readonly IReadOnlyList<MemberField> Required = [MemberField.MemberNumber, MemberField.Branch, MemberField.PaidForYear];

    private static readonly Dictionary<MemberField, string[]> Aliases = new()
    {
        [MemberField.MemberNumber] = ["medlemsnummer", "medlemsnr", "medlnr", "medlemsid", "medlem nr", "nr"],
        [MemberField.Branch] = ["lokallag", "lokallagsnavn", "lag", "organisasjonsledd", "avdeling"],
        [MemberField.JoinedOn] = ["innmeldt", "innmeldingsdato", "innmeldt dato", "medlem fra", "startdato"],
        [MemberField.PaidForYear] = ["betalt for år", "betalt år", "kontingent betalt", "sist betalt", "kontingentår", "betalt"],
        [MemberField.BirthYear] = ["fødselsår", "født", "fødselsdato", "fødd"],
        [MemberField.Gender] = ["kjønn", "kjonn"],
        [MemberField.Name] = ["navn", "fullt navn", "medlemsnavn"],
        [MemberField.Phone] = ["mobil", "mobilnummer", "telefon", "tlf"],
        [MemberField.Email] = ["e-post", "epost", "e-postadresse", "email"],
    };

    public static readonly IReadOnlyList<MemberField> Contact = [MemberField.Name, MemberField.Phone, MemberField.Email];

    public static ColumnMapping Guess(IReadOnlyList<string> headers)
    {
        var found = new Dictionary<MemberField, string>();
        foreach (var (field, aliases) in Aliases)
        {
            if (aliases.Select(a => headers.FirstOrDefault(h => h.Trim().Equals(a, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(h => h is not null) is { } header)
            {
                found[field] = header;
            }
        }
        return new ColumnMapping(found);
    }

    public IReadOnlyList<MemberField> MissingIn(IReadOnlyList<string> headers) =>
        Required.Where(f => !Columns.TryGetValue(f, out var h) || !headers.Contains(h, StringComparer.OrdinalIgnoreCase)).ToList();

    public static string Label(MemberField field) => field switch
    {
        MemberField.MemberNumber => "Medlemsnummer",
        MemberField.Branch => "Lokallag",
        MemberField.JoinedOn => "Innmeldt",
        MemberField.PaidForYear => "Betalt for år",
        MemberField.BirthYear => "Fødselsår",
        MemberField.Name => "Navn",
        MemberField.Phone => "Telefon",
        MemberField.Email => "E-post",
        _ => "Kjønn",
    };
}
