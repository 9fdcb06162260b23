namespace Arbeidsplan.Domain.Plans;

/// <summary>Where a table's column roles came from: its header and rows, the organisation's last confirmed import, or the user now.</summary>
public enum ColumnSource
{
    Guessed,
    Remembered,
    Chosen,
}
