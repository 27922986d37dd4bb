using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FederatedGraph.Subgraphs.Woz.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "woz_belanghebbenden",
                columns: table => new
                {
                    Wozobjectnummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Volgnummer = table.Column<int>(type: "INTEGER", nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Burgerservicenummer = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    KvkNummer = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_woz_belanghebbenden", x => new { x.Wozobjectnummer, x.Volgnummer });
                });

            migrationBuilder.CreateTable(
                name: "woz_object_onroerende_zaken",
                columns: table => new
                {
                    Wozobjectnummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    OnroerendeZaakIdentificatie = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_woz_object_onroerende_zaken", x => new { x.Wozobjectnummer, x.OnroerendeZaakIdentificatie });
                });

            migrationBuilder.CreateTable(
                name: "woz_objecten",
                columns: table => new
                {
                    Wozobjectnummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    VerblijfsobjectIdentificatie = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_woz_objecten", x => x.Wozobjectnummer);
                });

            migrationBuilder.CreateTable(
                name: "woz_waarden",
                columns: table => new
                {
                    Wozobjectnummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Waardepeildatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VastgesteldeWaarde = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_woz_waarden", x => new { x.Wozobjectnummer, x.Waardepeildatum });
                });

            migrationBuilder.CreateIndex(
                name: "IX_woz_objecten_VerblijfsobjectIdentificatie",
                table: "woz_objecten",
                column: "VerblijfsobjectIdentificatie",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "woz_belanghebbenden");

            migrationBuilder.DropTable(
                name: "woz_object_onroerende_zaken");

            migrationBuilder.DropTable(
                name: "woz_objecten");

            migrationBuilder.DropTable(
                name: "woz_waarden");
        }
    }
}
