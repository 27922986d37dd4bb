using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FederatedGraph.ProcessingLog.Migrations;

/// <summary>Creates <c>processing_records</c>. Written by hand without store types, so that SQLite, PostgreSQL and
/// SQL Server each map the CLR types themselves and one migration serves all three.</summary>
[DbContext(typeof(ProcessingLogContext))]
[Migration("20261202090000_CreateProcessingRecords")]
public sealed class CreateProcessingRecords : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable(
            name: "processing_records",
            columns: table => new
            {
                trace_id = table.Column<string>(maxLength: 32, nullable: false),
                span_id = table.Column<string>(maxLength: 16, nullable: false),
                parent_span_id = table.Column<string>(maxLength: 16, nullable: true),
                name = table.Column<string>(maxLength: 300, nullable: false),
                start_time = table.Column<DateTime>(nullable: false),
                end_time = table.Column<DateTime>(nullable: false),
                status = table.Column<string>(maxLength: 8, nullable: false),
                processing_activity_id = table.Column<string>(maxLength: 500, nullable: false),
                processing_activity_version = table.Column<string>(maxLength: 50, nullable: false),
                data_subject_id = table.Column<string>(maxLength: 64, nullable: true),
                data_subject_id_type = table.Column<string>(maxLength: 50, nullable: true),
                processor_organisation = table.Column<string>(maxLength: 50, nullable: false),
                processor_application = table.Column<string>(maxLength: 200, nullable: false),
                user_pseudonym = table.Column<string>(maxLength: 64, nullable: true),
                source = table.Column<string>(maxLength: 50, nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_processing_records", r => new { r.trace_id, r.span_id }));
        migration.CreateIndex("ix_processing_records_subject", "processing_records", ["data_subject_id", "start_time"]);
        migration.CreateIndex("ix_processing_records_activity", "processing_records", "processing_activity_id");
        migration.CreateIndex("ix_processing_records_start", "processing_records", "start_time");
    }

    protected override void Down(MigrationBuilder migration) => migration.DropTable("processing_records");
}
