using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.DatePlan;

/// <summary>A subscribable calendar behind a secret link; only the link's hash is kept, and revoking it ends access at once.</summary>
public sealed class CalendarFeed : IAudited
{
    private CalendarFeed() => (Name, TokenHash, OwnerUserId) = ("", "", "");

    public CalendarFeed(string ownerUserId, FeedScope scope, string name, string tokenHash, Instant createdAt, Guid? organisationId = null,
        Guid? kindId = null, Guid? personId = null)
    {
        if (scope == FeedScope.Organisation && organisationId is null)
        {
            throw new RuleViolation("OrganisationId", "Velg organisasjonen kalenderen skal vise.");
        }
        if (scope == FeedScope.Person && personId is null)
        {
            throw new RuleViolation("PersonId", "Bare en bruker som er knyttet til en person, kan abonnere på sine egne møter.");
        }
        Id = Guid.CreateVersion7();
        OwnerUserId = ownerUserId;
        Scope = scope;
        Name = Text.Required(name, nameof(Name), "Navn", 200);
        TokenHash = tokenHash;
        CreatedAt = createdAt;
        OrganisationId = organisationId;
        KindId = kindId;
        PersonId = personId;
    }

    public Guid Id { get; private set; }
    public string OwnerUserId { get; private set; }
    public FeedScope Scope { get; private set; }
    public string Name { get; private set; }
    public string TokenHash { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public Guid? KindId { get; private set; }
    public Guid? PersonId { get; private set; }
    public Instant CreatedAt { get; private set; }
    public Instant? RevokedAt { get; private set; }
    public Instant? LastUsedAt { get; set; }

    /// <summary>The fingerprint of what the feed served last, and when that content first was served.</summary>
    public string? ContentKey { get; private set; }
    public Instant? ContentChangedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    public void Revoke(Instant at) => RevokedAt ??= at;

    /// <summary>
    /// The feed's Last-Modified for content with this fingerprint: the moment it was first served, so it only moves forward. Taken
    /// from the events' own times it went backwards after a delete or a moved deadline, and a client asking If-Modified-Since was
    /// told nothing had changed. True when the content is new.
    /// </summary>
    public bool Serves(string contentKey, Instant now)
    {
        if (contentKey == ContentKey && ContentChangedAt is not null)
        {
            return false;
        }
        ContentKey = contentKey;
        ContentChangedAt = ContentChangedAt is { } before && before >= now ? before + Duration.FromSeconds(1) : now;
        return true;
    }
}
