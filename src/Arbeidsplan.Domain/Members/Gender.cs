namespace Arbeidsplan.Domain.Members;

public enum Gender
{
    Unknown = 0,
    Woman = 1,
    Man = 2,
}
