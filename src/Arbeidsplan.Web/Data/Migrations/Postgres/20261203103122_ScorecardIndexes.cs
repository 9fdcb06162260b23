using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Arbeidsplan.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ScorecardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StudyCircles_OrganisationId_EndsOn",
                table: "StudyCircles");

            migrationBuilder.DropIndex(
                name: "IX_Events_HostId_StartDate",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Events_OrganisationId_StartDate",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_ContactEntries_BranchId_On",
                table: "ContactEntries");

            migrationBuilder.CreateIndex(
                name: "IX_StudyCircles_OrganisationId_EndsOn_Hours",
                table: "StudyCircles",
                columns: new[] { "OrganisationId", "EndsOn", "Hours" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_HostId_StartDate_KindId_Status",
                table: "Events",
                columns: new[] { "HostId", "StartDate", "KindId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_OrganisationId_StartDate_KindId_Status",
                table: "Events",
                columns: new[] { "OrganisationId", "StartDate", "KindId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactEntries_BranchId_On_RecordedAt",
                table: "ContactEntries",
                columns: new[] { "BranchId", "On", "RecordedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StudyCircles_OrganisationId_EndsOn_Hours",
                table: "StudyCircles");

            migrationBuilder.DropIndex(
                name: "IX_Events_HostId_StartDate_KindId_Status",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Events_OrganisationId_StartDate_KindId_Status",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_ContactEntries_BranchId_On_RecordedAt",
                table: "ContactEntries");

            migrationBuilder.CreateIndex(
                name: "IX_StudyCircles_OrganisationId_EndsOn",
                table: "StudyCircles",
                columns: new[] { "OrganisationId", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_HostId_StartDate",
                table: "Events",
                columns: new[] { "HostId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_OrganisationId_StartDate",
                table: "Events",
                columns: new[] { "OrganisationId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactEntries_BranchId_On",
                table: "ContactEntries",
                columns: new[] { "BranchId", "On" });
        }
    }
}
