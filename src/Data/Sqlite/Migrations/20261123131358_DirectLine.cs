using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WsisBot.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DirectLine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DirectLineConversations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    LastWatermark = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastActivityAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectLineConversations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectLineSigningKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<byte[]>(type: "BLOB", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectLineSigningKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectLineActivities",
                columns: table => new
                {
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Watermark = table.Column<long>(type: "INTEGER", nullable: false),
                    ActivityJson = table.Column<string>(type: "TEXT", nullable: false),
                    Timestamp = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectLineActivities", x => new { x.ConversationId, x.Watermark });
                    table.ForeignKey(
                        name: "FK_DirectLineActivities_DirectLineConversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "DirectLineConversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DirectLineActivities");

            migrationBuilder.DropTable(
                name: "DirectLineSigningKeys");

            migrationBuilder.DropTable(
                name: "DirectLineConversations");
        }
    }
}
