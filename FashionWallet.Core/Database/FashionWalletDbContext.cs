using System.Text;
using FashionWallet.Accounts;
using FashionWallet.Avatars;
using FashionWallet.Designs;
using FashionWallet.Http;
using FashionWallet.Jobs;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Database;

/// <summary>EF Core over the schema that the SQL migrations create; it never creates tables itself.</summary>
public sealed class FashionWalletDbContext(DbContextOptions<FashionWalletDbContext> options) : DbContext(options)
{
    public DbSet<JobRecord> Jobs => Set<JobRecord>();

    public DbSet<WorkerHeartbeat> WorkerHeartbeats => Set<WorkerHeartbeat>();

    public DbSet<User> Users => Set<User>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<AccountToken> AccountTokens => Set<AccountToken>();

    public DbSet<OutboxEmail> EmailOutbox => Set<OutboxEmail>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<Avatar> Avatars => Set<Avatar>();

    public DbSet<AvatarRun> AvatarRuns => Set<AvatarRun>();

    public DbSet<AvatarPhoto> AvatarPhotos => Set<AvatarPhoto>();

    public DbSet<AvatarVersion> AvatarVersions => Set<AvatarVersion>();

    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();

    public DbSet<Design> Designs => Set<Design>();

    public DbSet<DesignFolder> DesignFolders => Set<DesignFolder>();

    public DbSet<DesignHistoryEntry> DesignHistory => Set<DesignHistoryEntry>();

    public DbSet<DesignVersion> DesignVersions => Set<DesignVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FashionWalletDbContext).Assembly);
        UseSnakeCaseNames(modelBuilder);
    }

    // The SQL schema names everything in snake_case; map every table and column that was not named explicitly.
    private static void UseSnakeCaseNames(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table && table == entity.ClrType.Name)
                entity.SetTableName(ToSnakeCase(table));
            foreach (var property in entity.GetProperties())
            {
                if (property.GetColumnName() == property.Name)
                    property.SetColumnName(ToSnakeCase(property.Name));
            }
        }
    }

    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
                    builder.Append('_');
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
