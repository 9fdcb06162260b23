-- The schema of a new SQLite file after migration 20261205173128_GapRegions
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);


CREATE TABLE "AuditEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY,
    "At" TEXT NOT NULL,
    "Actor" TEXT NOT NULL,
    "ActorUserId" TEXT NULL,
    "ActorPersonId" TEXT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Before" TEXT NULL,
    "After" TEXT NULL
);


CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);


CREATE TABLE "EventKinds" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_EventKinds" PRIMARY KEY,
    "Key" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "IsBuiltIn" INTEGER NOT NULL
);


CREATE TABLE "JobLeases" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_JobLeases" PRIMARY KEY,
    "Holder" TEXT NULL,
    "LeasedUntil" TEXT NOT NULL,
    "LastRunOn" TEXT NULL,
    "LastRunAt" TEXT NULL,
    "LastResult" TEXT NULL
);


CREATE TABLE "ListRuleBands" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ListRuleBands" PRIMARY KEY,
    "Kind" INTEGER NOT NULL,
    "CountyList" INTEGER NOT NULL,
    "UpToSeats" INTEGER NULL,
    "MinNames" INTEGER NOT NULL,
    "MinFromSeats" INTEGER NOT NULL,
    "ExtraNames" INTEGER NOT NULL,
    "MaxCumulated" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "Municipalities" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Municipalities" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "StepDefaults" (
    "Kind" INTEGER NOT NULL CONSTRAINT "PK_StepDefaults" PRIMARY KEY,
    "YearsBefore" INTEGER NOT NULL,
    "Month" INTEGER NOT NULL,
    "Day" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "SystemSettings" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_SystemSettings" PRIMARY KEY,
    "Value" TEXT NOT NULL
);


CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AnnualAccounts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AnnualAccounts" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Income" INTEGER NOT NULL,
    "Expenses" INTEGER NOT NULL,
    "Equity" INTEGER NULL,
    "BankDeposits" INTEGER NULL,
    "Lines" TEXT NOT NULL,
    "ImportedFrom" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_AnnualAccounts_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AuditorReports" (
    "AccountsId" TEXT NOT NULL CONSTRAINT "PK_AuditorReports" PRIMARY KEY,
    "Content" BLOB NOT NULL,
    "FileName" TEXT NOT NULL,
    "Pages" INTEGER NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_AuditorReports_AnnualAccounts_AccountsId" FOREIGN KEY ("AccountsId") REFERENCES "AnnualAccounts" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AnnualReports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AnnualReports" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "State" INTEGER NOT NULL,
    "AdoptedOn" TEXT NULL,
    "AdoptedAtMeetingId" TEXT NULL,
    "ReopenedBecause" TEXT NULL,
    "SubmittedAt" TEXT NULL,
    "SubmittedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_AnnualReports_Meetings_AdoptedAtMeetingId" FOREIGN KEY ("AdoptedAtMeetingId") REFERENCES "Meetings" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_AnnualReports_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ReportTexts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ReportTexts" PRIMARY KEY,
    "ReportId" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Fingerprint" TEXT NOT NULL,
    "Author" TEXT NOT NULL,
    "WrittenAt" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_ReportTexts_AnnualReports_ReportId" FOREIGN KEY ("ReportId") REFERENCES "AnnualReports" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ReportTextRevisions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ReportTextRevisions" PRIMARY KEY,
    "TextId" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Author" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_ReportTextRevisions_ReportTexts_TextId" FOREIGN KEY ("TextId") REFERENCES "ReportTexts" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "PersonId" TEXT NULL,
    "IsAdministrator" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    "DeactivatedAt" TEXT NULL,
    "DeactivationReason" TEXT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL,
    CONSTRAINT "FK_AspNetUsers_Persons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "Persons" ("Id") ON DELETE SET NULL
);


CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "UserSessions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_UserSessions" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "EndedAt" TEXT NULL,
    "EndedBecause" TEXT NULL,
    CONSTRAINT "FK_UserSessions_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Attendances" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Attendances" PRIMARY KEY,
    "MeetingId" TEXT NOT NULL,
    "PersonId" TEXT NOT NULL,
    "Role" INTEGER NOT NULL,
    "Reply" INTEGER NOT NULL,
    "Note" TEXT NULL,
    "AnsweredAt" TEXT NOT NULL,
    "Present" INTEGER NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_Attendances_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Attendances_Persons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "Persons" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Bodies" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Bodies" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Description" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "QuorumAtLeast" INTEGER NULL,
    CONSTRAINT "FK_Bodies_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CaseSeries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CaseSeries" PRIMARY KEY,
    "BodyId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Last" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_CaseSeries_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE CASCADE
);


CREATE TABLE "StandardAgendaItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_StandardAgendaItems" PRIMARY KEY,
    "BodyId" TEXT NULL,
    "Title" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Place" INTEGER NOT NULL,
    "Order" INTEGER NOT NULL,
    "ProposedDecision" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_StandardAgendaItems_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE CASCADE
);


CREATE TABLE "BodyMemberOrganisations" (
    "BodyId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    CONSTRAINT "PK_BodyMemberOrganisations" PRIMARY KEY ("BodyId", "OrganisationId"),
    CONSTRAINT "FK_BodyMemberOrganisations_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_BodyMemberOrganisations_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "BranchChecks" (
    "BranchId" TEXT NOT NULL CONSTRAINT "PK_BranchChecks" PRIMARY KEY,
    "WebsiteCheckedOn" TEXT NULL,
    "SocialMediaCheckedOn" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_BranchChecks_Organisations_BranchId" FOREIGN KEY ("BranchId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "BranchCounts" (
    "SnapshotId" TEXT NOT NULL,
    "BranchId" TEXT NOT NULL,
    "Paying" INTEGER NOT NULL,
    "Unpaid" INTEGER NOT NULL,
    "New" INTEGER NOT NULL,
    "Lapsed" INTEGER NOT NULL,
    "Women" INTEGER NOT NULL,
    "Men" INTEGER NOT NULL,
    "Under30" INTEGER NOT NULL,
    "Under40" INTEGER NOT NULL,
    CONSTRAINT "PK_BranchCounts" PRIMARY KEY ("SnapshotId", "BranchId"),
    CONSTRAINT "FK_BranchCounts_MemberSnapshots_SnapshotId" FOREIGN KEY ("SnapshotId") REFERENCES "MemberSnapshots" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_BranchCounts_Organisations_BranchId" FOREIGN KEY ("BranchId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "BranchFlags" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_BranchFlags" PRIMARY KEY,
    "BranchId" TEXT NOT NULL,
    "Reasons" INTEGER NOT NULL,
    "Note" TEXT NOT NULL,
    "OpenedOn" TEXT NOT NULL,
    "AssignedBodyId" TEXT NULL,
    "AssignedPersonId" TEXT NULL,
    "ClosedOn" TEXT NULL,
    "ClosingNote" TEXT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_BranchFlags_Bodies_AssignedBodyId" FOREIGN KEY ("AssignedBodyId") REFERENCES "Bodies" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_BranchFlags_Organisations_BranchId" FOREIGN KEY ("BranchId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_BranchFlags_Persons_AssignedPersonId" FOREIGN KEY ("AssignedPersonId") REFERENCES "Persons" ("Id") ON DELETE SET NULL
);


CREATE TABLE "BranchRolls" (
    "SnapshotId" TEXT NOT NULL,
    "BranchId" TEXT NOT NULL,
    "Members" BLOB NOT NULL,
    CONSTRAINT "PK_BranchRolls" PRIMARY KEY ("SnapshotId", "BranchId"),
    CONSTRAINT "FK_BranchRolls_MemberSnapshots_SnapshotId" FOREIGN KEY ("SnapshotId") REFERENCES "MemberSnapshots" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_BranchRolls_Organisations_BranchId" FOREIGN KEY ("BranchId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CalendarFeeds" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CalendarFeeds" PRIMARY KEY,
    "OwnerUserId" TEXT NOT NULL,
    "Scope" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "KindId" TEXT NULL,
    "PersonId" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "RevokedAt" TEXT NULL,
    "LastUsedAt" TEXT NULL,
    "ContentKey" TEXT NULL,
    "ContentChangedAt" TEXT NULL,
    CONSTRAINT "FK_CalendarFeeds_AspNetUsers_OwnerUserId" FOREIGN KEY ("OwnerUserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CalendarFeeds_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CalendarFeeds_Persons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "Persons" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CampaignActivities" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CampaignActivities" PRIMARY KEY,
    "ElectionId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "On" TEXT NOT NULL,
    "Count" INTEGER NOT NULL,
    "Note" TEXT NULL,
    "RecordedBy" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_CampaignActivities_Elections_ElectionId" FOREIGN KEY ("ElectionId") REFERENCES "Elections" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CampaignActivities_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CampaignPlans" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CampaignPlans" PRIMARY KEY,
    "ElectionId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Phases" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_CampaignPlans_Elections_ElectionId" FOREIGN KEY ("ElectionId") REFERENCES "Elections" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CampaignPlans_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CampaignTaskNotes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CampaignTaskNotes" PRIMARY KEY,
    "TaskId" TEXT NOT NULL,
    "On" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Author" TEXT NOT NULL,
    "WrittenAt" TEXT NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_CampaignTaskNotes_CampaignTasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "CampaignTasks" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CampaignTasks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CampaignTasks" PRIMARY KEY,
    "PlanId" TEXT NOT NULL,
    "ElectionId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Phase" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "PersonId" TEXT NULL,
    "PositionTypeId" TEXT NULL,
    "HeldInId" TEXT NULL,
    "OwnerBodyId" TEXT NULL,
    "DueOn" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "StatusOn" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_CampaignTasks_Bodies_OwnerBodyId" FOREIGN KEY ("OwnerBodyId") REFERENCES "Bodies" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CampaignTasks_CampaignPlans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "CampaignPlans" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CampaignTasks_Persons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "Persons" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CampaignTasks_PositionTypes_PositionTypeId" FOREIGN KEY ("PositionTypeId") REFERENCES "PositionTypes" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Candidates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Candidates" PRIMARY KEY,
    "NominationId" TEXT NOT NULL,
    "PersonId" TEXT NOT NULL,
    "Place" INTEGER NOT NULL,
    "BirthYear" INTEGER NOT NULL,
    "Gender" INTEGER NOT NULL,
    "Residence" TEXT NOT NULL,
    "Rerunning" INTEGER NOT NULL,
    "Cumulated" INTEGER NOT NULL,
    "DeclinedOn" TEXT NULL,
    "PersonalVotes" INTEGER NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_Candidates_Nominations_NominationId" FOREIGN KEY ("NominationId") REFERENCES "Nominations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Candidates_Persons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "Persons" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CaseAttachments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CaseAttachments" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "MeetingId" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Content" BLOB NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_CaseAttachments_MeetingCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "MeetingCases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Chapters" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Chapters" PRIMARY KEY,
    "PlanId" TEXT NOT NULL,
    "OriginId" TEXT NULL,
    "Number" TEXT NULL,
    "Title" TEXT NOT NULL,
    "Text" TEXT NULL,
    "Order" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Chapters_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Constituencies" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Constituencies" PRIMARY KEY,
    "ElectionId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_Constituencies_Elections_ElectionId" FOREIGN KEY ("ElectionId") REFERENCES "Elections" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Constituencies_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Constitutions" (
    "MeetingId" TEXT NOT NULL CONSTRAINT "PK_Constitutions" PRIMARY KEY,
    "Chair" TEXT NOT NULL,
    "MinuteTaker" TEXT NOT NULL,
    "FirstSigner" TEXT NOT NULL,
    "SecondSigner" TEXT NOT NULL,
    "VoteCounters" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_Constitutions_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ContactEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ContactEntries" PRIMARY KEY,
    "BranchId" TEXT NOT NULL,
    "ByPersonId" TEXT NULL,
    "ByName" TEXT NOT NULL,
    "On" TEXT NOT NULL,
    "Channel" INTEGER NOT NULL,
    "Note" TEXT NOT NULL,
    "RecordedAt" TEXT NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_ContactEntries_Organisations_BranchId" FOREIGN KEY ("BranchId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ContactEntries_Persons_ByPersonId" FOREIGN KEY ("ByPersonId") REFERENCES "Persons" ("Id") ON DELETE SET NULL
);


CREATE TABLE "CountyMunicipalities" (
    "OrganisationId" TEXT NOT NULL,
    "MunicipalityId" TEXT NOT NULL,
    "RegionId" TEXT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "PK_CountyMunicipalities" PRIMARY KEY ("OrganisationId", "MunicipalityId"),
    CONSTRAINT "FK_CountyMunicipalities_Municipalities_MunicipalityId" FOREIGN KEY ("MunicipalityId") REFERENCES "Municipalities" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CountyMunicipalities_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CountyMunicipalities_Regions_RegionId" FOREIGN KEY ("RegionId") REFERENCES "Regions" ("Id") ON DELETE SET NULL
);


CREATE TABLE "CountyStepTargets" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CountyStepTargets" PRIMARY KEY,
    "ElectionId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Targets" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_CountyStepTargets_Elections_ElectionId" FOREIGN KEY ("ElectionId") REFERENCES "Elections" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CountyStepTargets_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "DeadlineRules" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DeadlineRules" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "KindId" TEXT NOT NULL,
    "BodyId" TEXT NULL,
    "DaysBefore" INTEGER NOT NULL,
    "Description" TEXT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_DeadlineRules_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DeadlineRules_EventKinds_KindId" FOREIGN KEY ("KindId") REFERENCES "EventKinds" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_DeadlineRules_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "DecisionMeasures" (
    "DecisionId" TEXT NOT NULL,
    "MeasureId" TEXT NOT NULL,
    CONSTRAINT "PK_DecisionMeasures" PRIMARY KEY ("DecisionId", "MeasureId"),
    CONSTRAINT "FK_DecisionMeasures_Decisions_DecisionId" FOREIGN KEY ("DecisionId") REFERENCES "Decisions" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DecisionMeasures_Measures_MeasureId" FOREIGN KEY ("MeasureId") REFERENCES "Measures" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Decisions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Decisions" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "BodyId" TEXT NOT NULL,
    "MeetingId" TEXT NULL,
    "CaseId" TEXT NULL,
    "DecidedOn" TEXT NOT NULL,
    "Way" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "VoteKind" INTEGER NOT NULL,
    "VotesAgainst" INTEGER NULL,
    "ReportedAtMeetingId" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_Decisions_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Decisions_MeetingCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "MeetingCases" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Decisions_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Decisions_Meetings_ReportedAtMeetingId" FOREIGN KEY ("ReportedAtMeetingId") REFERENCES "Meetings" ("Id") ON DELETE SET NULL
);


CREATE TABLE "DelegateRules" (
    "OrganisationId" TEXT NOT NULL CONSTRAINT "PK_DelegateRules" PRIMARY KEY,
    "BaseDelegates" INTEGER NOT NULL,
    "BaseCovers" INTEGER NOT NULL,
    "MembersPerExtra" INTEGER NULL,
    "StartedCounts" INTEGER NOT NULL,
    "MaxPerBranch" INTEGER NULL,
    "CountedOn" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_DelegateRules_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Disqualifications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Disqualifications" PRIMARY KEY,
    "MeetingId" TEXT NOT NULL,
    "CaseId" TEXT NOT NULL,
    "PersonId" TEXT NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_Disqualifications_MeetingCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "MeetingCases" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Disqualifications_Persons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "Persons" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ElectionResults" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ElectionResults" PRIMARY KEY,
    "MeetingId" TEXT NOT NULL,
    "PositionTypeId" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "BodyId" TEXT NULL,
    "RegionId" TEXT NULL,
    "ProposedPersonId" TEXT NULL,
    "ElectedPersonId" TEXT NULL,
    "Vote" TEXT NULL,
    "TermFrom" TEXT NOT NULL,
    "TermTo" TEXT NULL,
    "Order" INTEGER NOT NULL,
    "PositionId" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_ElectionResults_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ElectionResults_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ElectionResults_Persons_ElectedPersonId" FOREIGN KEY ("ElectedPersonId") REFERENCES "Persons" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ElectionResults_Persons_ProposedPersonId" FOREIGN KEY ("ProposedPersonId") REFERENCES "Persons" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ElectionResults_PositionTypes_PositionTypeId" FOREIGN KEY ("PositionTypeId") REFERENCES "PositionTypes" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ElectionResults_Positions_PositionId" FOREIGN KEY ("PositionId") REFERENCES "Positions" ("Id") ON DELETE SET NULL
);


CREATE TABLE "Elections" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Elections" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Day" TEXT NOT NULL,
    "FilingDeadline" TEXT NOT NULL,
    "Targets" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_Elections_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "EventExceptions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_EventExceptions" PRIMARY KEY,
    "EventId" TEXT NOT NULL,
    "OriginalDate" TEXT NOT NULL,
    "MovedStartDate" TEXT NULL,
    "MovedEndDate" TEXT NULL,
    "MovedStartTime" TEXT NULL,
    "MovedEndTime" TEXT NULL,
    CONSTRAINT "FK_EventExceptions_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE CASCADE
);


CREATE TABLE "EventMeasures" (
    "EventId" TEXT NOT NULL,
    "MeasureId" TEXT NOT NULL,
    CONSTRAINT "PK_EventMeasures" PRIMARY KEY ("EventId", "MeasureId"),
    CONSTRAINT "FK_EventMeasures_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_EventMeasures_Measures_MeasureId" FOREIGN KEY ("MeasureId") REFERENCES "Measures" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Events" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Events" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "HostId" TEXT NULL,
    "BodyId" TEXT NULL,
    "KindId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Place" TEXT NULL,
    "Link" TEXT NULL,
    "Description" TEXT NULL,
    "Visibility" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "StartDate" TEXT NOT NULL,
    "EndDate" TEXT NOT NULL,
    "StartTime" TEXT NULL,
    "EndTime" TEXT NULL,
    "RepeatFrequency" INTEGER NULL,
    "RepeatInterval" INTEGER NOT NULL,
    "RepeatWeekday" INTEGER NULL,
    "RepeatOrdinal" INTEGER NULL,
    "RepeatCount" INTEGER NULL,
    "RepeatUntil" TEXT NULL,
    "SourceText" TEXT NULL,
    "CopiedFromId" TEXT NULL,
    "ExternalUid" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Events_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Events_EventKinds_KindId" FOREIGN KEY ("KindId") REFERENCES "EventKinds" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Events_Organisations_HostId" FOREIGN KEY ("HostId") REFERENCES "Organisations" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Events_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "EventTemplates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_EventTemplates" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "YearType" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_EventTemplates_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "TemplateItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_TemplateItems" PRIMARY KEY,
    "TemplateId" TEXT NOT NULL,
    "Month" INTEGER NOT NULL,
    "Day" INTEGER NULL,
    "KindId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    CONSTRAINT "FK_TemplateItems_EventKinds_KindId" FOREIGN KEY ("KindId") REFERENCES "EventKinds" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_TemplateItems_EventTemplates_TemplateId" FOREIGN KEY ("TemplateId") REFERENCES "EventTemplates" ("Id") ON DELETE CASCADE
);


CREATE TABLE "FollowUpMarks" (
    "BranchId" TEXT NOT NULL,
    "MemberNumber" TEXT NOT NULL,
    "List" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "DoneOn" TEXT NOT NULL,
    "DoneBy" TEXT NOT NULL,
    CONSTRAINT "PK_FollowUpMarks" PRIMARY KEY ("BranchId", "Year", "List", "MemberNumber"),
    CONSTRAINT "FK_FollowUpMarks_Organisations_BranchId" FOREIGN KEY ("BranchId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "FollowUpNotes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_FollowUpNotes" PRIMARY KEY,
    "TaskId" TEXT NOT NULL,
    "On" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Author" TEXT NOT NULL,
    "WrittenAt" TEXT NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_FollowUpNotes_FollowUpTasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "FollowUpTasks" ("Id") ON DELETE CASCADE
);


CREATE TABLE "FollowUpTasks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_FollowUpTasks" PRIMARY KEY,
    "DecisionId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "BodyId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "PersonId" TEXT NULL,
    "PositionTypeId" TEXT NULL,
    "HeldInId" TEXT NULL,
    "OwnerBodyId" TEXT NULL,
    "DueOn" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "StatusOn" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_FollowUpTasks_Bodies_OwnerBodyId" FOREIGN KEY ("OwnerBodyId") REFERENCES "Bodies" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_FollowUpTasks_Decisions_DecisionId" FOREIGN KEY ("DecisionId") REFERENCES "Decisions" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_FollowUpTasks_Persons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "Persons" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_FollowUpTasks_PositionTypes_PositionTypeId" FOREIGN KEY ("PositionTypeId") REFERENCES "PositionTypes" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Goals" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Goals" PRIMARY KEY,
    "PlanId" TEXT NOT NULL,
    "OriginId" TEXT NULL,
    "ChapterId" TEXT NULL,
    "Text" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "IndicatorName" TEXT NULL,
    "IndicatorUnit" TEXT NULL,
    "Baseline" TEXT NULL,
    "BaselineOn" TEXT NULL,
    "Target" TEXT NULL,
    "TargetOn" TEXT NULL,
    "Current" TEXT NULL,
    "CurrentOn" TEXT NULL,
    "IndicatorSource" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Goals_Chapters_ChapterId" FOREIGN KEY ("ChapterId") REFERENCES "Chapters" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Goals_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Invitations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Invitations" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "AcceptedAt" TEXT NULL,
    "RevokedAt" TEXT NULL,
    "CreatedBy" TEXT NOT NULL,
    CONSTRAINT "FK_Invitations_Persons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "Persons" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ListResults" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ListResults" PRIMARY KEY,
    "ElectionId" TEXT NOT NULL,
    "CountyId" TEXT NOT NULL,
    "MunicipalityId" TEXT NULL,
    "ConstituencyId" TEXT NULL,
    "Votes" INTEGER NOT NULL,
    "Share" TEXT NOT NULL,
    "Seats" INTEGER NOT NULL,
    "Change" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_ListResults_Constituencies_ConstituencyId" FOREIGN KEY ("ConstituencyId") REFERENCES "Constituencies" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ListResults_Elections_ElectionId" FOREIGN KEY ("ElectionId") REFERENCES "Elections" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ListResults_Municipalities_MunicipalityId" FOREIGN KEY ("MunicipalityId") REFERENCES "Municipalities" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ListResults_Organisations_CountyId" FOREIGN KEY ("CountyId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "MeasureGoals" (
    "MeasureId" TEXT NOT NULL,
    "GoalId" TEXT NOT NULL,
    CONSTRAINT "PK_MeasureGoals" PRIMARY KEY ("MeasureId", "GoalId"),
    CONSTRAINT "FK_MeasureGoals_Goals_GoalId" FOREIGN KEY ("GoalId") REFERENCES "Goals" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MeasureGoals_Measures_MeasureId" FOREIGN KEY ("MeasureId") REFERENCES "Measures" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Measures" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Measures" PRIMARY KEY,
    "PlanId" TEXT NOT NULL,
    "OriginId" TEXT NULL,
    "ChapterId" TEXT NULL,
    "Code" TEXT NULL,
    "Text" TEXT NOT NULL,
    "Category" TEXT NULL,
    "Order" INTEGER NOT NULL,
    "OwnerText" TEXT NULL,
    "OwnerPositionTypeId" TEXT NULL,
    "OwnerBodyId" TEXT NULL,
    "OwnerOrganisationId" TEXT NULL,
    "TimingText" TEXT NOT NULL,
    "TimingKind" INTEGER NOT NULL,
    "TimingWindows" TEXT NOT NULL,
    "TimingUnderstood" TEXT NOT NULL,
    "TimingUnclear" TEXT NULL,
    "DueOn" TEXT NULL,
    "TimingMonths" TEXT NOT NULL,
    "OwnerSortKey" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "StatusOn" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Measures_Bodies_OwnerBodyId" FOREIGN KEY ("OwnerBodyId") REFERENCES "Bodies" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Measures_Chapters_ChapterId" FOREIGN KEY ("ChapterId") REFERENCES "Chapters" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Measures_Organisations_OwnerOrganisationId" FOREIGN KEY ("OwnerOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Measures_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Measures_PositionTypes_OwnerPositionTypeId" FOREIGN KEY ("OwnerPositionTypeId") REFERENCES "PositionTypes" ("Id") ON DELETE SET NULL
);


CREATE TABLE "StatusNotes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_StatusNotes" PRIMARY KEY,
    "MeasureId" TEXT NOT NULL,
    "On" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Author" TEXT NOT NULL,
    "WrittenAt" TEXT NOT NULL,
    CONSTRAINT "FK_StatusNotes_Measures_MeasureId" FOREIGN KEY ("MeasureId") REFERENCES "Measures" ("Id") ON DELETE CASCADE
);


CREATE TABLE "MediaItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MediaItems" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "Outlet" TEXT NOT NULL,
    "PublishedOn" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Url" TEXT NULL,
    "ResolutionId" TEXT NULL,
    "MeasureId" TEXT NULL,
    "BodyId" TEXT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_MediaItems_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_MediaItems_Measures_MeasureId" FOREIGN KEY ("MeasureId") REFERENCES "Measures" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_MediaItems_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MediaItems_Resolutions_ResolutionId" FOREIGN KEY ("ResolutionId") REFERENCES "Resolutions" ("Id") ON DELETE CASCADE
);


CREATE TABLE "MeetingAttendances" (
    "EventId" TEXT NOT NULL,
    "BranchId" TEXT NOT NULL,
    "On" TEXT NOT NULL,
    CONSTRAINT "PK_MeetingAttendances" PRIMARY KEY ("EventId", "BranchId"),
    CONSTRAINT "FK_MeetingAttendances_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MeetingAttendances_Organisations_BranchId" FOREIGN KEY ("BranchId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "MeetingCases" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MeetingCases" PRIMARY KEY,
    "MeetingId" TEXT NOT NULL,
    "BodyId" TEXT NOT NULL,
    "Number" INTEGER NULL,
    "Year" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Background" TEXT NULL,
    "ProposedDecision" TEXT NULL,
    "IsClosed" INTEGER NOT NULL,
    "Discussion" TEXT NULL,
    "Position" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_MeetingCases_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Meetings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Meetings" PRIMARY KEY,
    "BodyId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "EventId" TEXT NULL,
    "Title" TEXT NOT NULL,
    "StartsAt" TEXT NOT NULL,
    "EndsAt" TEXT NULL,
    "Place" TEXT NULL,
    "NoticeDeadline" TEXT NULL,
    "NoticeSentAt" TEXT NULL,
    "Status" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_Meetings_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Meetings_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Meetings_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Minutes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Minutes" PRIMARY KEY,
    "MeetingId" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "Revision" INTEGER NOT NULL,
    "ApprovedOn" TEXT NULL,
    "ApprovedAtMeetingId" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_Minutes_Meetings_ApprovedAtMeetingId" FOREIGN KEY ("ApprovedAtMeetingId") REFERENCES "Meetings" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Minutes_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
);


CREATE TABLE "MinutesCorrections" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MinutesCorrections" PRIMARY KEY,
    "MeetingId" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "Reason" TEXT NOT NULL,
    "Author" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "Previous" TEXT NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_MinutesCorrections_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
);


CREATE TABLE "MemberColumnMappings" (
    "OrganisationId" TEXT NOT NULL CONSTRAINT "PK_MemberColumnMappings" PRIMARY KEY,
    "MemberNumber" TEXT NULL,
    "Branch" TEXT NULL,
    "JoinedOn" TEXT NULL,
    "PaidForYear" TEXT NULL,
    "BirthYear" TEXT NULL,
    "Gender" TEXT NULL,
    CONSTRAINT "FK_MemberColumnMappings_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "MemberContacts" (
    "OrganisationId" TEXT NOT NULL,
    "MemberNumber" TEXT NOT NULL,
    "Name" TEXT NULL,
    "Phone" TEXT NULL,
    "Email" TEXT NULL,
    CONSTRAINT "PK_MemberContacts" PRIMARY KEY ("OrganisationId", "MemberNumber"),
    CONSTRAINT "FK_MemberContacts_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "MemberSnapshots" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MemberSnapshots" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "TakenOn" TEXT NOT NULL,
    "Source" INTEGER NOT NULL,
    "FileName" TEXT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Members" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    "ContentHash" TEXT NULL,
    CONSTRAINT "FK_MemberSnapshots_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "MemberTargets" (
    "BranchId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Target" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "PK_MemberTargets" PRIMARY KEY ("BranchId", "Year"),
    CONSTRAINT "FK_MemberTargets_Organisations_BranchId" FOREIGN KEY ("BranchId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "MinutesSignatures" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MinutesSignatures" PRIMARY KEY,
    "MeetingId" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "PersonId" TEXT NOT NULL,
    "SignedAt" TEXT NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_MinutesSignatures_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MinutesSignatures_Persons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "Persons" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Nominations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Nominations" PRIMARY KEY,
    "ElectionId" TEXT NOT NULL,
    "CountyId" TEXT NOT NULL,
    "MunicipalityId" TEXT NULL,
    "ConstituencyId" TEXT NULL,
    "Seats" INTEGER NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_Nominations_Constituencies_ConstituencyId" FOREIGN KEY ("ConstituencyId") REFERENCES "Constituencies" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Nominations_Elections_ElectionId" FOREIGN KEY ("ElectionId") REFERENCES "Elections" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Nominations_Municipalities_MunicipalityId" FOREIGN KEY ("MunicipalityId") REFERENCES "Municipalities" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Nominations_Organisations_CountyId" FOREIGN KEY ("CountyId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "NominationSteps" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_NominationSteps" PRIMARY KEY,
    "NominationId" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "On" TEXT NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    "Note" TEXT NULL,
    "LinkId" TEXT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_NominationSteps_Nominations_NominationId" FOREIGN KEY ("NominationId") REFERENCES "Nominations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Notifications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Notifications" PRIMARY KEY,
    "Key" TEXT NOT NULL,
    "PersonId" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Link" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ReadAt" TEXT NULL,
    CONSTRAINT "FK_Notifications_Persons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "Persons" ("Id") ON DELETE CASCADE
);


CREATE TABLE "OrganisationLogos" (
    "OrganisationId" TEXT NOT NULL CONSTRAINT "PK_OrganisationLogos" PRIMARY KEY,
    "ContentType" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "Width" INTEGER NOT NULL,
    "Height" INTEGER NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_OrganisationLogos_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Organisations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Organisations" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "ShortName" TEXT NULL,
    "Kind" INTEGER NOT NULL,
    "ParentId" TEXT NULL,
    "RegionId" TEXT NULL,
    "MunicipalityId" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Organisations_Municipalities_MunicipalityId" FOREIGN KEY ("MunicipalityId") REFERENCES "Municipalities" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Organisations_Organisations_ParentId" FOREIGN KEY ("ParentId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Organisations_Regions_RegionId" FOREIGN KEY ("RegionId") REFERENCES "Regions" ("Id") ON DELETE SET NULL
);


CREATE TABLE "Persons" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Persons" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Email" TEXT NULL,
    "Phone" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Persons_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "PlanColumnMappings" (
    "OrganisationId" TEXT NOT NULL,
    "HeaderKey" TEXT NOT NULL,
    "Roles" TEXT NOT NULL,
    CONSTRAINT "PK_PlanColumnMappings" PRIMARY KEY ("OrganisationId", "HeaderKey"),
    CONSTRAINT "FK_PlanColumnMappings_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Plans" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Plans" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "PeriodFrom" TEXT NOT NULL,
    "PeriodTo" TEXT NOT NULL,
    "State" INTEGER NOT NULL,
    "AdoptedBy" TEXT NULL,
    "AdoptedOn" TEXT NULL,
    "AdoptedAtMeetingId" TEXT NULL,
    "RolledOverFromId" TEXT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Plans_Meetings_AdoptedAtMeetingId" FOREIGN KEY ("AdoptedAtMeetingId") REFERENCES "Meetings" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Plans_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Plans_Plans_RolledOverFromId" FOREIGN KEY ("RolledOverFromId") REFERENCES "Plans" ("Id") ON DELETE SET NULL
);


CREATE TABLE "PositionTypes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PositionTypes" PRIMARY KEY,
    "PartyId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Scope" INTEGER NOT NULL,
    "Duties" TEXT NULL,
    "SortOrder" INTEGER NOT NULL,
    "Roles" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_PositionTypes_Organisations_PartyId" FOREIGN KEY ("PartyId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "RecruitmentCampaigns" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_RecruitmentCampaigns" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "Target" INTEGER NOT NULL,
    "Prize" TEXT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_RecruitmentCampaigns_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Regions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Regions" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Regions_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ReminderSettings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ReminderSettings" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "QuietPeriods" TEXT NOT NULL,
    "StudyHoursDeadline" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_ReminderSettings_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Resolutions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Resolutions" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "AdoptedOn" TEXT NOT NULL,
    "AdoptedBy" TEXT NOT NULL,
    "Responsible" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_Resolutions_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ResultColumnMappings" (
    "OrganisationId" TEXT NOT NULL CONSTRAINT "PK_ResultColumnMappings" PRIMARY KEY,
    "Municipality" TEXT NULL,
    "Party" TEXT NULL,
    "Votes" TEXT NULL,
    "Share" TEXT NULL,
    "Seats" TEXT NULL,
    "Change" TEXT NULL,
    "CandidateMunicipality" TEXT NULL,
    "CandidateParty" TEXT NULL,
    "CandidateName" TEXT NULL,
    "CandidatePlace" TEXT NULL,
    "PersonalVotes" TEXT NULL,
    "PartyCode" TEXT NULL,
    CONSTRAINT "FK_ResultColumnMappings_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ScorecardSettings" (
    "OrganisationId" TEXT NOT NULL CONSTRAINT "PK_ScorecardSettings" PRIMARY KEY,
    "MembersYellowPercent" INTEGER NOT NULL,
    "StudyYellowPercent" INTEGER NOT NULL,
    "ContactGreenDays" INTEGER NOT NULL,
    "ContactYellowDays" INTEGER NOT NULL,
    "CheckGreenDays" INTEGER NOT NULL,
    "CheckYellowDays" INTEGER NOT NULL,
    "RegionMeetingsGreen" INTEGER NOT NULL,
    "AnnualMeetingByMonth" INTEGER NOT NULL,
    "RequiredPositionTypeIds" TEXT NOT NULL,
    "MemberListPositionTypeIds" TEXT NOT NULL,
    "KeepMemberNames" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_ScorecardSettings_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "StatutoryWindows" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_StatutoryWindows" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "KindId" TEXT NOT NULL,
    "AppliesTo" INTEGER NOT NULL,
    "FromMonth" INTEGER NOT NULL,
    "FromDay" INTEGER NOT NULL,
    "ToMonth" INTEGER NOT NULL,
    "ToDay" INTEGER NOT NULL,
    "Description" TEXT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_StatutoryWindows_EventKinds_KindId" FOREIGN KEY ("KindId") REFERENCES "EventKinds" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_StatutoryWindows_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "StudyMaterials" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_StudyMaterials" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Description" TEXT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_StudyMaterials_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "OutboxMessages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OutboxMessages" PRIMARY KEY,
    "Key" TEXT NOT NULL,
    "PersonId" TEXT NULL,
    "OrganisationId" TEXT NULL,
    "Kind" INTEGER NULL,
    "ToAddress" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "TextBody" TEXT NOT NULL,
    "HtmlBody" TEXT NOT NULL,
    "AttachmentName" TEXT NULL,
    "AttachmentContent" TEXT NULL,
    "UnsubscribeUrl" TEXT NULL,
    "State" INTEGER NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" TEXT NOT NULL,
    "LastError" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "SentAt" TEXT NULL,
    "BouncedAt" TEXT NULL,
    CONSTRAINT "FK_OutboxMessages_Persons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "Persons" ("Id") ON DELETE SET NULL
);


CREATE TABLE "PublicOffices" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PublicOffices" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Place" TEXT NOT NULL,
    "MunicipalityId" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "TermFrom" TEXT NOT NULL,
    "TermTo" TEXT NULL,
    CONSTRAINT "FK_PublicOffices_Municipalities_MunicipalityId" FOREIGN KEY ("MunicipalityId") REFERENCES "Municipalities" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_PublicOffices_Persons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "Persons" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ReminderPreferences" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ReminderPreferences" PRIMARY KEY,
    "PersonId" TEXT NULL,
    "OrganisationId" TEXT NULL,
    "Kind" INTEGER NOT NULL,
    "Enabled" INTEGER NOT NULL,
    "DaysBefore" INTEGER NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_ReminderPreferences_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ReminderPreferences_Persons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "Persons" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PlanRevisions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanRevisions" PRIMARY KEY,
    "PlanId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "State" INTEGER NOT NULL,
    "On" TEXT NOT NULL,
    "Note" TEXT NOT NULL,
    "Content" text NOT NULL,
    "Author" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_PlanRevisions_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);


CREATE TABLE "StandingInvitees" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_StandingInvitees" PRIMARY KEY,
    "BodyId" TEXT NOT NULL,
    "PersonId" TEXT NULL,
    "PositionTypeId" TEXT NULL,
    "HeldInId" TEXT NULL,
    "Right" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_StandingInvitees_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_StandingInvitees_Persons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "Persons" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_StandingInvitees_PositionTypes_PositionTypeId" FOREIGN KEY ("PositionTypeId") REFERENCES "PositionTypes" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Positions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Positions" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "PositionTypeId" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "BodyId" TEXT NULL,
    "RegionId" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "TermFrom" TEXT NOT NULL,
    "TermTo" TEXT NULL,
    CONSTRAINT "FK_Positions_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Positions_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Positions_Persons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "Persons" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Positions_PositionTypes_PositionTypeId" FOREIGN KEY ("PositionTypeId") REFERENCES "PositionTypes" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Positions_Regions_RegionId" FOREIGN KEY ("RegionId") REFERENCES "Regions" ("Id") ON DELETE SET NULL
);


CREATE TABLE "ResolutionSteps" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ResolutionSteps" PRIMARY KEY,
    "ResolutionId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Responsible" TEXT NULL,
    "DueOn" TEXT NULL,
    "Status" INTEGER NOT NULL,
    "Note" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_ResolutionSteps_Resolutions_ResolutionId" FOREIGN KEY ("ResolutionId") REFERENCES "Resolutions" ("Id") ON DELETE CASCADE
);


CREATE TABLE "StudyCircles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_StudyCircles" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "BodyId" TEXT NULL,
    "MaterialId" TEXT NOT NULL,
    "StartsOn" TEXT NOT NULL,
    "EndsOn" TEXT NOT NULL,
    "Participants" INTEGER NOT NULL,
    "Hours" INTEGER NOT NULL,
    "LeaderName" TEXT NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_StudyCircles_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_StudyCircles_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_StudyCircles_StudyMaterials_MaterialId" FOREIGN KEY ("MaterialId") REFERENCES "StudyMaterials" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "StudyRequirements" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_StudyRequirements" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "MaterialId" TEXT NULL,
    "DueOn" TEXT NOT NULL,
    "BodyId" TEXT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_StudyRequirements_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_StudyRequirements_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_StudyRequirements_StudyMaterials_MaterialId" FOREIGN KEY ("MaterialId") REFERENCES "StudyMaterials" ("Id") ON DELETE RESTRICT
);


INSERT INTO "EventKinds" ("Id", "IsBuiltIn", "Key", "Name", "Order")
VALUES ('0193A000-0000-7000-8000-000000000001', 1, 'styremote', 'Styremøte', 10);
SELECT changes();

INSERT INTO "EventKinds" ("Id", "IsBuiltIn", "Key", "Name", "Order")
VALUES ('0193A000-0000-7000-8000-000000000002', 1, 'arsmote', 'Årsmøte', 20);
SELECT changes();

INSERT INTO "EventKinds" ("Id", "IsBuiltIn", "Key", "Name", "Order")
VALUES ('0193A000-0000-7000-8000-000000000003', 1, 'fylkesting', 'Fylkesting', 30);
SELECT changes();

INSERT INTO "EventKinds" ("Id", "IsBuiltIn", "Key", "Name", "Order")
VALUES ('0193A000-0000-7000-8000-000000000004', 1, 'landsmote', 'Landsmøte / landsstyre', 40);
SELECT changes();

INSERT INTO "EventKinds" ("Id", "IsBuiltIn", "Key", "Name", "Order")
VALUES ('0193A000-0000-7000-8000-000000000005', 1, 'kurs', 'Kurs og konferanse', 50);
SELECT changes();

INSERT INTO "EventKinds" ("Id", "IsBuiltIn", "Key", "Name", "Order")
VALUES ('0193A000-0000-7000-8000-000000000006', 1, 'regionmote', 'Regionmøte', 60);
SELECT changes();

INSERT INTO "EventKinds" ("Id", "IsBuiltIn", "Key", "Name", "Order")
VALUES ('0193A000-0000-7000-8000-000000000007', 1, 'studiesamling', 'Studiesamling', 70);
SELECT changes();

INSERT INTO "EventKinds" ("Id", "IsBuiltIn", "Key", "Name", "Order")
VALUES ('0193A000-0000-7000-8000-000000000008', 1, 'aksjonsdag', 'Aksjonsdag', 80);
SELECT changes();

INSERT INTO "EventKinds" ("Id", "IsBuiltIn", "Key", "Name", "Order")
VALUES ('0193A000-0000-7000-8000-000000000009', 1, 'valg', 'Valg', 90);
SELECT changes();

INSERT INTO "EventKinds" ("Id", "IsBuiltIn", "Key", "Name", "Order")
VALUES ('0193A000-0000-7000-8000-00000000000A', 1, 'frist', 'Frist', 100);
SELECT changes();

INSERT INTO "EventKinds" ("Id", "IsBuiltIn", "Key", "Name", "Order")
VALUES ('0193A000-0000-7000-8000-00000000000B', 1, 'annet', 'Annet', 110);
SELECT changes();



INSERT INTO "ListRuleBands" ("Id", "CountyList", "ExtraNames", "Kind", "MaxCumulated", "MinFromSeats", "MinNames", "UpToSeats", "Version")
VALUES (1, 0, 6, 0, 4, 0, 7, 23, 0);
SELECT changes();

INSERT INTO "ListRuleBands" ("Id", "CountyList", "ExtraNames", "Kind", "MaxCumulated", "MinFromSeats", "MinNames", "UpToSeats", "Version")
VALUES (2, 0, 6, 0, 6, 0, 7, 53, 0);
SELECT changes();

INSERT INTO "ListRuleBands" ("Id", "CountyList", "ExtraNames", "Kind", "MaxCumulated", "MinFromSeats", "MinNames", "UpToSeats", "Version")
VALUES (3, 0, 6, 0, 10, 0, 7, NULL, 0);
SELECT changes();

INSERT INTO "ListRuleBands" ("Id", "CountyList", "ExtraNames", "Kind", "MaxCumulated", "MinFromSeats", "MinNames", "UpToSeats", "Version")
VALUES (4, 1, 6, 0, 0, 0, 7, NULL, 0);
SELECT changes();

INSERT INTO "ListRuleBands" ("Id", "CountyList", "ExtraNames", "Kind", "MaxCumulated", "MinFromSeats", "MinNames", "UpToSeats", "Version")
VALUES (5, 1, 6, 1, 0, 1, 1, NULL, 0);
SELECT changes();

INSERT INTO "ListRuleBands" ("Id", "CountyList", "ExtraNames", "Kind", "MaxCumulated", "MinFromSeats", "MinNames", "UpToSeats", "Version")
VALUES (6, 1, 6, 2, 0, 1, 1, NULL, 0);
SELECT changes();



INSERT INTO "StepDefaults" ("Kind", "Day", "Month", "Version", "YearsBefore")
VALUES (0, 1, 9, 0, 1);
SELECT changes();

INSERT INTO "StepDefaults" ("Kind", "Day", "Month", "Version", "YearsBefore")
VALUES (1, 15, 10, 0, 1);
SELECT changes();

INSERT INTO "StepDefaults" ("Kind", "Day", "Month", "Version", "YearsBefore")
VALUES (2, 1, 11, 0, 1);
SELECT changes();

INSERT INTO "StepDefaults" ("Kind", "Day", "Month", "Version", "YearsBefore")
VALUES (3, 31, 12, 0, 1);
SELECT changes();

INSERT INTO "StepDefaults" ("Kind", "Day", "Month", "Version", "YearsBefore")
VALUES (4, 15, 2, 0, 0);
SELECT changes();

INSERT INTO "StepDefaults" ("Kind", "Day", "Month", "Version", "YearsBefore")
VALUES (5, 1, 3, 0, 0);
SELECT changes();

INSERT INTO "StepDefaults" ("Kind", "Day", "Month", "Version", "YearsBefore")
VALUES (6, 31, 3, 0, 0);
SELECT changes();

INSERT INTO "StepDefaults" ("Kind", "Day", "Month", "Version", "YearsBefore")
VALUES (7, 31, 5, 0, 0);
SELECT changes();



CREATE UNIQUE INDEX "IX_AnnualAccounts_OrganisationId_Year" ON "AnnualAccounts" ("OrganisationId", "Year");


CREATE INDEX "IX_AnnualReports_AdoptedAtMeetingId" ON "AnnualReports" ("AdoptedAtMeetingId");


CREATE UNIQUE INDEX "IX_AnnualReports_OrganisationId_Year" ON "AnnualReports" ("OrganisationId", "Year");


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");


CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");


CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");


CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");


CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");


CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");


CREATE UNIQUE INDEX "IX_AspNetUsers_PersonId" ON "AspNetUsers" ("PersonId");


CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");


CREATE UNIQUE INDEX "IX_Attendances_MeetingId_PersonId" ON "Attendances" ("MeetingId", "PersonId");


CREATE INDEX "IX_Attendances_PersonId" ON "Attendances" ("PersonId");


CREATE INDEX "IX_AuditEntries_ActorPersonId" ON "AuditEntries" ("ActorPersonId");


CREATE INDEX "IX_AuditEntries_At" ON "AuditEntries" ("At");


CREATE INDEX "IX_AuditEntries_EntityId_At" ON "AuditEntries" ("EntityId", "At");


CREATE INDEX "IX_Bodies_OrganisationId" ON "Bodies" ("OrganisationId");


CREATE INDEX "IX_BodyMemberOrganisations_OrganisationId" ON "BodyMemberOrganisations" ("OrganisationId");


CREATE INDEX "IX_BranchCounts_BranchId" ON "BranchCounts" ("BranchId");


CREATE INDEX "IX_BranchFlags_AssignedBodyId" ON "BranchFlags" ("AssignedBodyId");


CREATE INDEX "IX_BranchFlags_AssignedPersonId" ON "BranchFlags" ("AssignedPersonId");


CREATE INDEX "IX_BranchFlags_BranchId_ClosedOn" ON "BranchFlags" ("BranchId", "ClosedOn");


CREATE INDEX "IX_BranchRolls_BranchId" ON "BranchRolls" ("BranchId");


CREATE INDEX "IX_CalendarFeeds_OrganisationId" ON "CalendarFeeds" ("OrganisationId");


CREATE INDEX "IX_CalendarFeeds_OwnerUserId" ON "CalendarFeeds" ("OwnerUserId");


CREATE INDEX "IX_CalendarFeeds_PersonId" ON "CalendarFeeds" ("PersonId");


CREATE UNIQUE INDEX "IX_CalendarFeeds_TokenHash" ON "CalendarFeeds" ("TokenHash");


CREATE INDEX "IX_CampaignActivities_ElectionId_On" ON "CampaignActivities" ("ElectionId", "On");


CREATE INDEX "IX_CampaignActivities_OrganisationId_ElectionId_On" ON "CampaignActivities" ("OrganisationId", "ElectionId", "On");


CREATE UNIQUE INDEX "IX_CampaignPlans_ElectionId_OrganisationId" ON "CampaignPlans" ("ElectionId", "OrganisationId");


CREATE INDEX "IX_CampaignPlans_OrganisationId" ON "CampaignPlans" ("OrganisationId");


CREATE INDEX "IX_CampaignTaskNotes_TaskId" ON "CampaignTaskNotes" ("TaskId");


CREATE INDEX "IX_CampaignTasks_OwnerBodyId" ON "CampaignTasks" ("OwnerBodyId");


CREATE INDEX "IX_CampaignTasks_PersonId" ON "CampaignTasks" ("PersonId");


CREATE INDEX "IX_CampaignTasks_PlanId_Phase_DueOn" ON "CampaignTasks" ("PlanId", "Phase", "DueOn");


CREATE INDEX "IX_CampaignTasks_PositionTypeId_HeldInId" ON "CampaignTasks" ("PositionTypeId", "HeldInId");


CREATE INDEX "IX_CampaignTasks_Status_DueOn" ON "CampaignTasks" ("Status", "DueOn");


CREATE UNIQUE INDEX "IX_Candidates_NominationId_PersonId" ON "Candidates" ("NominationId", "PersonId");


CREATE INDEX "IX_Candidates_PersonId" ON "Candidates" ("PersonId");


CREATE INDEX "IX_CaseAttachments_CaseId" ON "CaseAttachments" ("CaseId");


CREATE INDEX "IX_CaseAttachments_MeetingId" ON "CaseAttachments" ("MeetingId");


CREATE UNIQUE INDEX "IX_CaseSeries_BodyId_Year" ON "CaseSeries" ("BodyId", "Year");


CREATE INDEX "IX_Chapters_PlanId_Order" ON "Chapters" ("PlanId", "Order");


CREATE UNIQUE INDEX "IX_Constituencies_ElectionId_Number" ON "Constituencies" ("ElectionId", "Number");


CREATE INDEX "IX_Constituencies_OrganisationId" ON "Constituencies" ("OrganisationId");


CREATE INDEX "IX_ContactEntries_BranchId_On_RecordedAt" ON "ContactEntries" ("BranchId", "On", "RecordedAt");


CREATE INDEX "IX_ContactEntries_ByPersonId" ON "ContactEntries" ("ByPersonId");


CREATE INDEX "IX_CountyMunicipalities_MunicipalityId" ON "CountyMunicipalities" ("MunicipalityId");


CREATE INDEX "IX_CountyMunicipalities_RegionId" ON "CountyMunicipalities" ("RegionId");


CREATE UNIQUE INDEX "IX_CountyStepTargets_ElectionId_OrganisationId" ON "CountyStepTargets" ("ElectionId", "OrganisationId");


CREATE INDEX "IX_CountyStepTargets_OrganisationId" ON "CountyStepTargets" ("OrganisationId");


CREATE INDEX "IX_DeadlineRules_BodyId" ON "DeadlineRules" ("BodyId");


CREATE INDEX "IX_DeadlineRules_KindId" ON "DeadlineRules" ("KindId");


CREATE INDEX "IX_DeadlineRules_OrganisationId" ON "DeadlineRules" ("OrganisationId");


CREATE INDEX "IX_DecisionMeasures_MeasureId" ON "DecisionMeasures" ("MeasureId");


CREATE INDEX "IX_Decisions_BodyId_DecidedOn" ON "Decisions" ("BodyId", "DecidedOn");


CREATE UNIQUE INDEX "IX_Decisions_CaseId" ON "Decisions" ("CaseId");


CREATE INDEX "IX_Decisions_MeetingId" ON "Decisions" ("MeetingId");


CREATE INDEX "IX_Decisions_OrganisationId_DecidedOn" ON "Decisions" ("OrganisationId", "DecidedOn");


CREATE INDEX "IX_Decisions_ReportedAtMeetingId" ON "Decisions" ("ReportedAtMeetingId");


CREATE UNIQUE INDEX "IX_Disqualifications_CaseId_PersonId" ON "Disqualifications" ("CaseId", "PersonId");


CREATE INDEX "IX_Disqualifications_MeetingId" ON "Disqualifications" ("MeetingId");


CREATE INDEX "IX_Disqualifications_PersonId" ON "Disqualifications" ("PersonId");


CREATE INDEX "IX_ElectionResults_BodyId" ON "ElectionResults" ("BodyId");


CREATE INDEX "IX_ElectionResults_ElectedPersonId" ON "ElectionResults" ("ElectedPersonId");


CREATE INDEX "IX_ElectionResults_MeetingId_Order" ON "ElectionResults" ("MeetingId", "Order");


CREATE INDEX "IX_ElectionResults_PositionId" ON "ElectionResults" ("PositionId");


CREATE INDEX "IX_ElectionResults_PositionTypeId" ON "ElectionResults" ("PositionTypeId");


CREATE INDEX "IX_ElectionResults_ProposedPersonId" ON "ElectionResults" ("ProposedPersonId");


CREATE INDEX "IX_Elections_OrganisationId_Day" ON "Elections" ("OrganisationId", "Day");


CREATE UNIQUE INDEX "IX_EventExceptions_EventId_OriginalDate" ON "EventExceptions" ("EventId", "OriginalDate");


CREATE UNIQUE INDEX "IX_EventKinds_Key" ON "EventKinds" ("Key");


CREATE INDEX "IX_EventMeasures_MeasureId" ON "EventMeasures" ("MeasureId");


CREATE INDEX "IX_Events_BodyId" ON "Events" ("BodyId");


CREATE INDEX "IX_Events_CopiedFromId" ON "Events" ("CopiedFromId");


CREATE INDEX "IX_Events_HostId_StartDate_KindId_Status" ON "Events" ("HostId", "StartDate", "KindId", "Status");


CREATE INDEX "IX_Events_KindId" ON "Events" ("KindId");


CREATE INDEX "IX_Events_OrganisationId_StartDate_KindId_Status" ON "Events" ("OrganisationId", "StartDate", "KindId", "Status");


CREATE INDEX "IX_Events_StartDate_EndDate" ON "Events" ("StartDate", "EndDate");


CREATE INDEX "IX_EventTemplates_OrganisationId" ON "EventTemplates" ("OrganisationId");


CREATE INDEX "IX_FollowUpNotes_TaskId" ON "FollowUpNotes" ("TaskId");


CREATE INDEX "IX_FollowUpTasks_DecisionId" ON "FollowUpTasks" ("DecisionId");


CREATE INDEX "IX_FollowUpTasks_OrganisationId_Status_DueOn" ON "FollowUpTasks" ("OrganisationId", "Status", "DueOn");


CREATE INDEX "IX_FollowUpTasks_OwnerBodyId" ON "FollowUpTasks" ("OwnerBodyId");


CREATE INDEX "IX_FollowUpTasks_PersonId" ON "FollowUpTasks" ("PersonId");


CREATE INDEX "IX_FollowUpTasks_PositionTypeId_HeldInId" ON "FollowUpTasks" ("PositionTypeId", "HeldInId");


CREATE INDEX "IX_Goals_ChapterId" ON "Goals" ("ChapterId");


CREATE INDEX "IX_Goals_PlanId_Order" ON "Goals" ("PlanId", "Order");


CREATE INDEX "IX_Invitations_PersonId" ON "Invitations" ("PersonId");


CREATE UNIQUE INDEX "IX_Invitations_TokenHash" ON "Invitations" ("TokenHash");


CREATE INDEX "IX_ListResults_ConstituencyId" ON "ListResults" ("ConstituencyId");


CREATE INDEX "IX_ListResults_CountyId" ON "ListResults" ("CountyId");


CREATE UNIQUE INDEX "IX_ListResults_CountyList" ON "ListResults" ("ElectionId", "CountyId") WHERE "MunicipalityId" IS NULL AND "ConstituencyId" IS NULL;


CREATE UNIQUE INDEX "IX_ListResults_ElectionId_ConstituencyId" ON "ListResults" ("ElectionId", "ConstituencyId") WHERE "ConstituencyId" IS NOT NULL;


CREATE UNIQUE INDEX "IX_ListResults_ElectionId_CountyId_MunicipalityId" ON "ListResults" ("ElectionId", "CountyId", "MunicipalityId");


CREATE INDEX "IX_ListResults_MunicipalityId" ON "ListResults" ("MunicipalityId");


CREATE UNIQUE INDEX "IX_ListRuleBands_Kind_CountyList_UpToSeats" ON "ListRuleBands" ("Kind", "CountyList", "UpToSeats");


CREATE INDEX "IX_MeasureGoals_GoalId" ON "MeasureGoals" ("GoalId");


CREATE INDEX "IX_Measures_ChapterId" ON "Measures" ("ChapterId");


CREATE INDEX "IX_Measures_OwnerBodyId" ON "Measures" ("OwnerBodyId");


CREATE INDEX "IX_Measures_OwnerOrganisationId" ON "Measures" ("OwnerOrganisationId");


CREATE INDEX "IX_Measures_OwnerPositionTypeId" ON "Measures" ("OwnerPositionTypeId");


CREATE INDEX "IX_Measures_PlanId_Order" ON "Measures" ("PlanId", "Order");


CREATE INDEX "IX_Measures_PlanId_OwnerSortKey" ON "Measures" ("PlanId", "OwnerSortKey");


CREATE INDEX "IX_MediaItems_BodyId" ON "MediaItems" ("BodyId");


CREATE INDEX "IX_MediaItems_MeasureId" ON "MediaItems" ("MeasureId");


CREATE INDEX "IX_MediaItems_OrganisationId_PublishedOn" ON "MediaItems" ("OrganisationId", "PublishedOn");


CREATE INDEX "IX_MediaItems_ResolutionId" ON "MediaItems" ("ResolutionId");


CREATE INDEX "IX_MeetingAttendances_BranchId_On" ON "MeetingAttendances" ("BranchId", "On");


CREATE UNIQUE INDEX "IX_MeetingCases_BodyId_Year_Number" ON "MeetingCases" ("BodyId", "Year", "Number");


CREATE INDEX "IX_MeetingCases_MeetingId_Position" ON "MeetingCases" ("MeetingId", "Position");


CREATE INDEX "IX_Meetings_BodyId_StartsAt" ON "Meetings" ("BodyId", "StartsAt");


CREATE UNIQUE INDEX "IX_Meetings_EventId" ON "Meetings" ("EventId");


CREATE INDEX "IX_Meetings_OrganisationId_StartsAt" ON "Meetings" ("OrganisationId", "StartsAt");


CREATE INDEX "IX_MemberSnapshots_OrganisationId_ContentHash" ON "MemberSnapshots" ("OrganisationId", "ContentHash");


CREATE INDEX "IX_MemberSnapshots_OrganisationId_TakenOn" ON "MemberSnapshots" ("OrganisationId", "TakenOn");


CREATE INDEX "IX_Minutes_ApprovedAtMeetingId" ON "Minutes" ("ApprovedAtMeetingId");


CREATE UNIQUE INDEX "IX_Minutes_MeetingId" ON "Minutes" ("MeetingId");


CREATE UNIQUE INDEX "IX_MinutesCorrections_MeetingId_Revision" ON "MinutesCorrections" ("MeetingId", "Revision");


CREATE UNIQUE INDEX "IX_MinutesSignatures_MeetingId_Revision_PersonId" ON "MinutesSignatures" ("MeetingId", "Revision", "PersonId");


CREATE INDEX "IX_MinutesSignatures_PersonId" ON "MinutesSignatures" ("PersonId");


CREATE UNIQUE INDEX "IX_Municipalities_Number" ON "Municipalities" ("Number");


CREATE INDEX "IX_Nominations_ConstituencyId" ON "Nominations" ("ConstituencyId");


CREATE UNIQUE INDEX "IX_Nominations_CouncilList" ON "Nominations" ("ElectionId", "CountyId") WHERE "MunicipalityId" IS NULL AND "ConstituencyId" IS NULL;


CREATE INDEX "IX_Nominations_CountyId" ON "Nominations" ("CountyId");


CREATE UNIQUE INDEX "IX_Nominations_ElectionId_ConstituencyId" ON "Nominations" ("ElectionId", "ConstituencyId") WHERE "ConstituencyId" IS NOT NULL;


CREATE UNIQUE INDEX "IX_Nominations_ElectionId_CountyId_MunicipalityId" ON "Nominations" ("ElectionId", "CountyId", "MunicipalityId");


CREATE INDEX "IX_Nominations_MunicipalityId" ON "Nominations" ("MunicipalityId");


CREATE UNIQUE INDEX "IX_NominationSteps_NominationId_Kind" ON "NominationSteps" ("NominationId", "Kind");


CREATE UNIQUE INDEX "IX_Notifications_Key" ON "Notifications" ("Key");


CREATE INDEX "IX_Notifications_PersonId_CreatedAt" ON "Notifications" ("PersonId", "CreatedAt");


CREATE INDEX "IX_Organisations_MunicipalityId" ON "Organisations" ("MunicipalityId");


CREATE INDEX "IX_Organisations_Name" ON "Organisations" ("Name");


CREATE INDEX "IX_Organisations_ParentId" ON "Organisations" ("ParentId");


CREATE INDEX "IX_Organisations_RegionId" ON "Organisations" ("RegionId");


CREATE INDEX "IX_OutboxMessages_CreatedAt" ON "OutboxMessages" ("CreatedAt");


CREATE UNIQUE INDEX "IX_OutboxMessages_Key" ON "OutboxMessages" ("Key");


CREATE INDEX "IX_OutboxMessages_PersonId" ON "OutboxMessages" ("PersonId");


CREATE INDEX "IX_OutboxMessages_State_NextAttemptAt" ON "OutboxMessages" ("State", "NextAttemptAt");


CREATE INDEX "IX_Persons_Name" ON "Persons" ("Name");


CREATE INDEX "IX_Persons_OrganisationId" ON "Persons" ("OrganisationId");


CREATE UNIQUE INDEX "IX_PlanRevisions_PlanId_Number" ON "PlanRevisions" ("PlanId", "Number");


CREATE INDEX "IX_Plans_AdoptedAtMeetingId" ON "Plans" ("AdoptedAtMeetingId");


CREATE INDEX "IX_Plans_OrganisationId_PeriodFrom" ON "Plans" ("OrganisationId", "PeriodFrom");


CREATE INDEX "IX_Plans_RolledOverFromId" ON "Plans" ("RolledOverFromId");


CREATE INDEX "IX_Positions_BodyId" ON "Positions" ("BodyId");


CREATE INDEX "IX_Positions_OrganisationId" ON "Positions" ("OrganisationId");


CREATE INDEX "IX_Positions_PersonId" ON "Positions" ("PersonId");


CREATE INDEX "IX_Positions_PositionTypeId" ON "Positions" ("PositionTypeId");


CREATE INDEX "IX_Positions_RegionId" ON "Positions" ("RegionId");


CREATE UNIQUE INDEX "IX_PositionTypes_PartyId_Name" ON "PositionTypes" ("PartyId", "Name");


CREATE INDEX "IX_PublicOffices_MunicipalityId" ON "PublicOffices" ("MunicipalityId");


CREATE INDEX "IX_PublicOffices_PersonId" ON "PublicOffices" ("PersonId");


CREATE INDEX "IX_RecruitmentCampaigns_OrganisationId_From" ON "RecruitmentCampaigns" ("OrganisationId", "From");


CREATE UNIQUE INDEX "IX_Regions_OrganisationId_Name" ON "Regions" ("OrganisationId", "Name");


CREATE UNIQUE INDEX "IX_ReminderPreferences_OrganisationId_Kind" ON "ReminderPreferences" ("OrganisationId", "Kind");


CREATE UNIQUE INDEX "IX_ReminderPreferences_PersonId_Kind" ON "ReminderPreferences" ("PersonId", "Kind");


CREATE UNIQUE INDEX "IX_ReminderSettings_OrganisationId" ON "ReminderSettings" ("OrganisationId");


CREATE UNIQUE INDEX "IX_ReportTextRevisions_TextId_Revision" ON "ReportTextRevisions" ("TextId", "Revision");


CREATE UNIQUE INDEX "IX_ReportTexts_ReportId_Kind" ON "ReportTexts" ("ReportId", "Kind");


CREATE INDEX "IX_Resolutions_OrganisationId_AdoptedOn" ON "Resolutions" ("OrganisationId", "AdoptedOn");


CREATE INDEX "IX_ResolutionSteps_ResolutionId" ON "ResolutionSteps" ("ResolutionId");


CREATE INDEX "IX_StandardAgendaItems_BodyId" ON "StandardAgendaItems" ("BodyId");


CREATE INDEX "IX_StandingInvitees_BodyId" ON "StandingInvitees" ("BodyId");


CREATE INDEX "IX_StandingInvitees_PersonId" ON "StandingInvitees" ("PersonId");


CREATE INDEX "IX_StandingInvitees_PositionTypeId" ON "StandingInvitees" ("PositionTypeId");


CREATE INDEX "IX_StatusNotes_MeasureId_On" ON "StatusNotes" ("MeasureId", "On");


CREATE INDEX "IX_StatutoryWindows_KindId" ON "StatutoryWindows" ("KindId");


CREATE INDEX "IX_StatutoryWindows_OrganisationId" ON "StatutoryWindows" ("OrganisationId");


CREATE INDEX "IX_StudyCircles_BodyId" ON "StudyCircles" ("BodyId");


CREATE INDEX "IX_StudyCircles_MaterialId" ON "StudyCircles" ("MaterialId");


CREATE INDEX "IX_StudyCircles_OrganisationId_EndsOn_Hours" ON "StudyCircles" ("OrganisationId", "EndsOn", "Hours");


CREATE INDEX "IX_StudyMaterials_OrganisationId" ON "StudyMaterials" ("OrganisationId");


CREATE INDEX "IX_StudyRequirements_BodyId" ON "StudyRequirements" ("BodyId");


CREATE INDEX "IX_StudyRequirements_MaterialId" ON "StudyRequirements" ("MaterialId");


CREATE INDEX "IX_StudyRequirements_OrganisationId_Year" ON "StudyRequirements" ("OrganisationId", "Year");


CREATE INDEX "IX_TemplateItems_KindId" ON "TemplateItems" ("KindId");


CREATE INDEX "IX_TemplateItems_TemplateId" ON "TemplateItems" ("TemplateId");


CREATE INDEX "IX_UserSessions_UserId" ON "UserSessions" ("UserId");



CREATE TABLE "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261204203810_Initial', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205105229_CountyStepTargets', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205111632_CandidateResultColumns', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205113027_ElectionRulesAsData', '10.0.15');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205173128_GapRegions', '10.0.15');

