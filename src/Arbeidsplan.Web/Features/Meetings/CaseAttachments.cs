using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>
/// The documents on a case (vedlegg): those who plan the meeting add and remove them until the minutes are approved; those who
/// read the case read them, so a closed case's documents stay with the body's members. Each is checked for kind, content and size,
/// and a meeting's documents together have a limit.
/// </summary>
public sealed class CaseAttachments(AppDbContext db, MeetingService meetings)
{
    public sealed record Document(string FileName, string ContentType, byte[] Content);

    /// <summary>Reads an upload within the limit before any of it is kept; a larger one is refused by its declared length.</summary>
    public static Outcome<byte[]> Read(IFormFile? file) => UploadedFile.Bytes(file, CaseAttachment.MaxBytes);

    public Task<Outcome<Guid>> AddAsync(Guid meetingId, Guid caseId, string? fileName, Outcome<byte[]> content) => Outcome.Try<Guid>(async () =>
    {
        if (await ChangeableAsync(meetingId, caseId) is not { } found)
        {
            return Outcome<Guid>.NotFound("Fant ikke saken.");
        }
        if (found.Error is { } error)
        {
            return error;
        }
        if (!content.IsOk)
        {
            return Outcome<Guid>.Invalid("File", content.Message!);
        }
        var added = new CaseAttachment(found.Case!, fileName ?? "", content.Value!);
        var total = await db.CaseAttachments.Where(a => a.MeetingId == meetingId).SumAsync(a => (long?)a.Size) ?? 0;
        if (total + added.Size > CaseAttachment.MaxBytesPerMeeting)
        {
            return Outcome<Guid>.Invalid("File", $"Møtets vedlegg er til sammen over {CaseAttachment.MaxBytesPerMeeting / (1024 * 1024)} MB med denne filen. Legg den heller ut et annet sted og lenk til den i bakgrunnen.");
        }
        db.CaseAttachments.Add(added);
        await db.SaveChangesAsync();
        return added.Id;
    });

    public Task<Outcome<Guid>> RemoveAsync(Guid meetingId, Guid caseId, Guid attachmentId) => Outcome.Try<Guid>(async () =>
    {
        if (await ChangeableAsync(meetingId, caseId) is not { } found
            || await db.CaseAttachments.SingleOrDefaultAsync(a => a.Id == attachmentId && a.CaseId == caseId) is not { } attachment)
        {
            return Outcome<Guid>.NotFound("Fant ikke vedlegget.");
        }
        if (found.Error is { } error)
        {
            return error;
        }
        db.CaseAttachments.Remove(attachment);
        await db.SaveChangesAsync();
        return attachmentId;
    });

    /// <summary>The document, for one who reads its case: a closed case's for the body's members only.</summary>
    public async Task<Document?> OpenAsync(Guid meetingId, Guid caseId, Guid attachmentId)
    {
        if (await meetings.FindAsync(meetingId) is not { } meeting || !meeting.Cases.Any(c => c.Id == caseId && !c.Hidden))
        {
            return null;
        }
        return await db.CaseAttachments.AsNoTracking().Where(a => a.Id == attachmentId && a.CaseId == caseId)
            .Select(a => new Document(a.FileName, a.ContentType, a.Content)).SingleOrDefaultAsync();
    }

    private async Task<(MeetingCase? Case, Outcome<Guid>? Error)?> ChangeableAsync(Guid meetingId, Guid caseId)
    {
        if (await meetings.FindAsync(meetingId) is not { } meeting || !meeting.Cases.Any(c => c.Id == caseId && !c.Hidden))
        {
            return null;
        }
        if (!meeting.CanEdit)
        {
            return (null, Outcome<Guid>.Forbidden(MeetingService.PlannersOnly));
        }
        if (meeting.Status == MeetingStatus.Cancelled)
        {
            return (null, Outcome<Guid>.Invalid("Status", "Møtet er avlyst."));
        }
        if (await db.Minutes.AnyAsync(m => m.Id == meetingId && m.Status == MinutesStatus.Approved))
        {
            return (null, Outcome<Guid>.Invalid("Status", "Protokollen er godkjent; vedleggene står som de var i møtet."));
        }
        return (await db.MeetingCases.SingleAsync(c => c.Id == caseId), null);
    }
}
