using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FashionWallet.Jobs;

/// <summary>A worker process that announced itself; alive while <see cref="LastSeen"/> is recent.</summary>
public sealed class WorkerHeartbeat
{
    public string WorkerId { get; set; } = "";
    public string Host { get; set; } = "";
    public int Pid { get; set; }
    public string[] JobTypes { get; set; } = [];
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset LastSeen { get; set; }
}

internal sealed class WorkerHeartbeatConfiguration : IEntityTypeConfiguration<WorkerHeartbeat>
{
    public void Configure(EntityTypeBuilder<WorkerHeartbeat> builder)
    {
        builder.ToTable("worker_heartbeats");
        builder.HasKey(w => w.WorkerId);
    }
}
