using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Arbeidsplan.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CandidateResultColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CandidateMunicipality",
                table: "ResultColumnMappings",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CandidateName",
                table: "ResultColumnMappings",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CandidateParty",
                table: "ResultColumnMappings",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CandidatePlace",
                table: "ResultColumnMappings",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PersonalVotes",
                table: "ResultColumnMappings",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CandidateMunicipality",
                table: "ResultColumnMappings");

            migrationBuilder.DropColumn(
                name: "CandidateName",
                table: "ResultColumnMappings");

            migrationBuilder.DropColumn(
                name: "CandidateParty",
                table: "ResultColumnMappings");

            migrationBuilder.DropColumn(
                name: "CandidatePlace",
                table: "ResultColumnMappings");

            migrationBuilder.DropColumn(
                name: "PersonalVotes",
                table: "ResultColumnMappings");
        }
    }
}
