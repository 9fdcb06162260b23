using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Arbeidsplan.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FeedContentAndRuleTimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "DeadlineRules",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ContentChangedAt",
                table: "CalendarFeeds",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContentKey",
                table: "CalendarFeeds",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "DeadlineRules");

            migrationBuilder.DropColumn(
                name: "ContentChangedAt",
                table: "CalendarFeeds");

            migrationBuilder.DropColumn(
                name: "ContentKey",
                table: "CalendarFeeds");
        }
    }
}
