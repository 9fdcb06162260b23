using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Arbeidsplan.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MemberImportFingerprint : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContentHash",
                table: "MemberSnapshots",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_MemberSnapshots_OrganisationId_ContentHash",
                table: "MemberSnapshots",
                columns: new[] { "OrganisationId", "ContentHash" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MemberSnapshots_OrganisationId_ContentHash",
                table: "MemberSnapshots");

            migrationBuilder.DropColumn(
                name: "ContentHash",
                table: "MemberSnapshots");
        }
    }
}
