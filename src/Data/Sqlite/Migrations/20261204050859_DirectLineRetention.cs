using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WsisBot.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DirectLineRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_DirectLineConversations_UserId",
                table: "DirectLineConversations",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectLineActivities_Timestamp",
                table: "DirectLineActivities",
                column: "Timestamp");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DirectLineConversations_UserId",
                table: "DirectLineConversations");

            migrationBuilder.DropIndex(
                name: "IX_DirectLineActivities_Timestamp",
                table: "DirectLineActivities");
        }
    }
}
