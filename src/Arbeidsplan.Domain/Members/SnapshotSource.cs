namespace Arbeidsplan.Domain.Members;

public enum SnapshotSource
{
    /// <summary>Read from the central register's export.</summary>
    Import = 0,

    /// <summary>Year-end figures typed in where no export exists.</summary>
    Manual = 1,
}
