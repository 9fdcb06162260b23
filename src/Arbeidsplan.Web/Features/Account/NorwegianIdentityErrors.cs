using Microsoft.AspNetCore.Identity;

namespace Arbeidsplan.Web.Features.Account;

/// <summary>Identity's messages in Bokmål, since users read them on the page.</summary>
public sealed class NorwegianIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Passordet må ha minst {length} tegn." };
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "Passordet må ha minst ett siffer." };
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "Passordet må ha minst én liten bokstav." };
    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = "Passordet må ha minst én stor bokstav." };
    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "Passordet må ha minst ett tegn som ikke er bokstav eller siffer." };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Passordet må ha minst {uniqueChars} forskjellige tegn." };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = $"Det finnes allerede en bruker med e-post {email}." };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"Det finnes allerede en bruker med e-post {userName}." };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = "E-postadressen er ikke gyldig." };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = "Brukernavnet er ikke gyldig." };
    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "Brukeren er endret av noen andre. Prøv igjen." };
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Noe gikk galt. Prøv igjen." };
}
