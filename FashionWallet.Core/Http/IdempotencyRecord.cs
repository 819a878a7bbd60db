using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FashionWallet.Http;

/// <summary>The first answer to a request sent with an Idempotency-Key, kept so a retry gets it again.</summary>
public sealed class IdempotencyRecord
{
    public Guid OwnerId { get; set; }
    public string Key { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public int StatusCode { get; set; }
    public string Response { get; set; } = "{}";
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(r => new { r.OwnerId, r.Key });
        builder.Property(r => r.Response).HasColumnType("jsonb");
    }
}
