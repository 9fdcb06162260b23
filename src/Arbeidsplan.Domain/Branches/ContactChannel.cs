namespace Arbeidsplan.Domain.Branches;

public enum ContactChannel
{
    Phone = 0,
    Meeting = 1,
    Email = 2,
    Message = 3,
    Visit = 4,
}
