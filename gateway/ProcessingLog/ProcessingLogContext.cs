using Microsoft.EntityFrameworkCore;

namespace FederatedGraph.ProcessingLog;

/// <summary>
/// The processing log's table, <c>processing_records</c>, in the process's own database (the registry's, or the gateway's
/// own file). Its migrations are its own, kept in <c>__processing_log_migrations</c>, so they never mix with a registry's.
/// One context class serves every provider: the migration names no provider-specific types.
/// </summary>
public sealed class ProcessingLogContext(DbContextOptions<ProcessingLogContext> options) : DbContext(options)
{
    public const string MigrationsTable = "__processing_log_migrations";

    public DbSet<ProcessingRecord> Records => Set<ProcessingRecord>();

    protected override void OnModelCreating(ModelBuilder model)
        => model.Entity<ProcessingRecord>(record =>
        {
            record.ToTable("processing_records");
            // A W3C span id is unique within its trace, and every record has a span of its own.
            record.HasKey(r => new { r.TraceId, r.SpanId });
            record.Property(r => r.TraceId).HasColumnName("trace_id").HasMaxLength(32);
            record.Property(r => r.SpanId).HasColumnName("span_id").HasMaxLength(16);
            record.Property(r => r.ParentSpanId).HasColumnName("parent_span_id").HasMaxLength(16);
            record.Property(r => r.Name).HasColumnName("name").HasMaxLength(300);
            record.Property(r => r.StartTime).HasColumnName("start_time");
            record.Property(r => r.EndTime).HasColumnName("end_time");
            record.Property(r => r.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(8);
            record.Property(r => r.ProcessingActivityId).HasColumnName("processing_activity_id").HasMaxLength(500);
            record.Property(r => r.ProcessingActivityVersion).HasColumnName("processing_activity_version").HasMaxLength(50);
            record.Property(r => r.DataSubjectId).HasColumnName("data_subject_id").HasMaxLength(64);
            record.Property(r => r.DataSubjectIdType).HasColumnName("data_subject_id_type").HasMaxLength(50);
            record.Property(r => r.ProcessorOrganisation).HasColumnName("processor_organisation").HasMaxLength(50);
            record.Property(r => r.ProcessorApplication).HasColumnName("processor_application").HasMaxLength(200);
            record.Property(r => r.UserPseudonym).HasColumnName("user_pseudonym").HasMaxLength(64);
            record.Property(r => r.Source).HasColumnName("source").HasMaxLength(50);
            record.HasIndex(r => new { r.DataSubjectId, r.StartTime }).HasDatabaseName("ix_processing_records_subject");
            record.HasIndex(r => r.ProcessingActivityId).HasDatabaseName("ix_processing_records_activity");
            record.HasIndex(r => r.StartTime).HasDatabaseName("ix_processing_records_start");
        });
}
