using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Arbeidsplan.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PersonalVotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PersonalVotes",
                table: "Candidates",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PersonalVotes",
                table: "Candidates");
        }
    }
}
