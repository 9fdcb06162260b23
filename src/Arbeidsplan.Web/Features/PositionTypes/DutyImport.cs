using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.PositionTypes;

public sealed class DutyImportInput
{
    /// <summary>An organisation of the party whose position types get the duties.</summary>
    public Guid? OrganisationId { get; set; }

    public string? Text { get; set; }

    /// <summary>False shows what would happen; true saves it, all or nothing.</summary>
    public bool Apply { get; set; }
}

public sealed record DutyImportRow(string PositionType, int Duties, bool IsNew, IReadOnlyList<string> Lines);

public sealed record DutyImportResult(bool Saved, IReadOnlyList<DutyImportRow> Rows);

/// <summary>Reads a board instruction (arbeidsinstruks) as the plans write it and sets the duties of each position type.</summary>
public sealed class DutyImport(AppDbContext db, Guard guard, OrganisationDirectory directory)
{
    public Task<Outcome<DutyImportResult>> RunAsync(DutyImportInput input, CancellationToken ct = default) => Outcome.Try(async () =>
    {
        if (ImportLimits.TooLong<DutyImportResult>(input.Text, ImportLimits.InstructionCharacters, nameof(input.Text)) is { } tooLong)
        {
            return tooLong;
        }
        if (!await guard.IsAdministrator())
        {
            return Outcome<DutyImportResult>.Forbidden("Bare systemadministratorer kan endre vervtypene.");
        }
        if (input.OrganisationId is not { } organisationId || await directory.PartyOfAsync(organisationId) is not { } party)
        {
            return Outcome<DutyImportResult>.Invalid(nameof(input.OrganisationId), "Velg partiet arbeidsinstruksen gjelder.");
        }
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            return Outcome<DutyImportResult>.Invalid(nameof(input.Text), "Lim inn arbeidsinstruksen.");
        }
        var sections = DutyDocument.Parse(input.Text);
        if (sections.Count == 0)
        {
            return Outcome<DutyImportResult>.Invalid(nameof(input.Text),
                "Fant ingen verv i teksten. Hvert verv skal stå på en egen linje som slutter med kolon (for eksempel «Leder:»), med oppgavene som kulepunkter under.");
        }
        var existing = await db.PositionTypes.Where(t => t.PartyId == party).ToListAsync(ct);
        var byName = existing.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        var rows = new List<DutyImportRow>();
        var order = existing.Count == 0 ? 0 : existing.Max(t => t.SortOrder);
        foreach (var section in sections)
        {
            var duties = string.Join('\n', section.Duties);
            var isNew = !byName.TryGetValue(section.Title, out var type);
            rows.Add(new DutyImportRow(section.Title, section.Duties.Count, isNew, section.Duties));
            if (isNew)
            {
                type = new PositionType(party, section.Title, ScopeKind.Subtree, duties, order += 10);
                byName[section.Title] = type;
                db.PositionTypes.Add(type);
            }
            else
            {
                type!.Update(type.Name, type.Scope, duties, type.SortOrder, type.Roles);
            }
        }
        if (input.Apply)
        {
            await db.SaveChangesAsync();
        }
        else
        {
            db.ChangeTracker.Clear();
        }
        return new DutyImportResult(input.Apply, rows);
    });
}
