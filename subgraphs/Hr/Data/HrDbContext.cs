using FederatedGraph.Subgraphs.Hr.Domain;
using Microsoft.EntityFrameworkCore;

namespace FederatedGraph.Subgraphs.Hr.Data;

/// <summary>
/// The HR's own database. Persons and addresses appear only as keys (BSN, BAG identificatie): the BRP and
/// the BAG own them. Subclasses per provider keep separate migrations.
/// </summary>
public abstract class HrDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<MaatschappelijkeActiviteit> MaatschappelijkeActiviteiten => Set<MaatschappelijkeActiviteit>();
    public DbSet<NietNatuurlijkPersoon> NietNatuurlijkePersonen => Set<NietNatuurlijkPersoon>();
    public DbSet<Vestiging> Vestigingen => Set<Vestiging>();
    public DbSet<SbiActiviteit> SbiActiviteiten => Set<SbiActiviteit>();

    private const int KvkNummerLengte = 8;
    private const int VestigingsnummerLengte = 12;

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<MaatschappelijkeActiviteit>(activiteit =>
        {
            activiteit.ToTable("maatschappelijke_activiteiten");
            activiteit.HasKey(m => m.KvkNummer);
            activiteit.Property(m => m.KvkNummer).HasMaxLength(KvkNummerLengte);
            activiteit.Property(m => m.Naam).HasMaxLength(200);
            activiteit.Property(m => m.Rechtsvorm).HasMaxLength(40);
            activiteit.Property(m => m.EigenaarBurgerservicenummer).HasMaxLength(9);
            activiteit.Property(m => m.EigenaarRsin).HasMaxLength(9);
            activiteit.HasIndex(m => m.Naam);
            // Person → ondernemingen and legal entity → ondernemingen.
            activiteit.HasIndex(m => m.EigenaarBurgerservicenummer);
            activiteit.HasIndex(m => m.EigenaarRsin);
        });
        model.Entity<NietNatuurlijkPersoon>(persoon =>
        {
            persoon.ToTable("niet_natuurlijke_personen");
            persoon.HasKey(n => n.Rsin);
            persoon.Property(n => n.Rsin).HasMaxLength(9);
            persoon.Property(n => n.StatutaireNaam).HasMaxLength(200);
        });
        model.Entity<Vestiging>(vestiging =>
        {
            vestiging.ToTable("vestigingen");
            vestiging.HasKey(v => v.Vestigingsnummer);
            vestiging.Property(v => v.Vestigingsnummer).HasMaxLength(VestigingsnummerLengte);
            vestiging.Property(v => v.KvkNummer).HasMaxLength(KvkNummerLengte);
            vestiging.Property(v => v.BezoekadresIdentificatie).HasMaxLength(16);
            // Maatschappelijke activiteit → vestigingen and nummeraanduiding → vestigingen.
            vestiging.HasIndex(v => v.KvkNummer);
            vestiging.HasIndex(v => v.BezoekadresIdentificatie);
        });
        model.Entity<SbiActiviteit>(sbi =>
        {
            sbi.ToTable("sbi_activiteiten");
            // The key also serves vestiging → activiteiten.
            sbi.HasKey(s => new { s.Vestigingsnummer, s.SbiCode });
            sbi.Property(s => s.Vestigingsnummer).HasMaxLength(VestigingsnummerLengte);
            sbi.Property(s => s.SbiCode).HasMaxLength(6);
            sbi.Property(s => s.SbiOmschrijving).HasMaxLength(200);
        });
    }
}

public sealed class SqliteHrDbContext(DbContextOptions<SqliteHrDbContext> options) : HrDbContext(options);

public sealed class PostgresHrDbContext(DbContextOptions<PostgresHrDbContext> options) : HrDbContext(options);

public sealed class SqlServerHrDbContext(DbContextOptions<SqlServerHrDbContext> options) : HrDbContext(options);
