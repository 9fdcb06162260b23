namespace Arbeidsplan.Domain.Common;

/// <summary>
/// Marks what the audit log records: every change to a row of a type that carries this marker is written, in the same transaction,
/// with who made it. A test holds that every type the database stores either carries it or is named as exempt, with why.
/// </summary>
public interface IAudited;
