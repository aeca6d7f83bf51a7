using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WsisBot.Data.SqlServer.Migrations
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
                    Id = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    LastWatermark = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastActivityAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectLineConversations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectLineSigningKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Key = table.Column<byte[]>(type: "varbinary(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectLineSigningKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectLineActivities",
                columns: table => new
                {
                    ConversationId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Watermark = table.Column<long>(type: "bigint", nullable: false),
                    ActivityJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Timestamp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
