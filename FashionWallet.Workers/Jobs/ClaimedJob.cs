using System.Text.Json;

namespace FashionWallet.Workers.Jobs;

/// <summary>A job this worker holds the lease on.</summary>
public sealed record ClaimedJob(Guid Id, string Type, JsonElement Payload, int Attempt, int MaxAttempts, Guid? OwnerId, DateTimeOffset CreatedAt);

/// <summary>What renewing a lease found.</summary>
public enum LeaseState
{
    Held,
    CancelRequested,
    Lost,
}
