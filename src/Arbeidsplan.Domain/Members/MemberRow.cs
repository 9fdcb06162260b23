using NodaTime;

namespace Arbeidsplan.Domain.Members;

/// <summary>One member as read from the export.</summary>
public sealed record MemberRow(int Line, string MemberNumber, Guid BranchId, LocalDate? JoinedOn, int? PaidForYear, int? BirthYear, Gender Gender,
    string? Name = null, string? Phone = null, string? Email = null);
