using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Arbeidsplan.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MeasureListColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OwnerSortKey",
                table: "Measures",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "TimingMonths",
                table: "Measures",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            // Rows saved before: an owner key close enough to sort by until the measure is saved again (which writes the exact key and
            // the timing's months; no installation predates this, so nothing else is carried over).
            migrationBuilder.Sql("""UPDATE "Measures" SET "OwnerSortKey" = COALESCE(lower("OwnerText"), '~')""");

            migrationBuilder.CreateIndex(
                name: "IX_Measures_PlanId_OwnerSortKey",
                table: "Measures",
                columns: new[] { "PlanId", "OwnerSortKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Measures_PlanId_OwnerSortKey",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "OwnerSortKey",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "TimingMonths",
                table: "Measures");
        }
    }
}
