namespace FashionWallet.Platform;

/// <summary>GET /api/platform/status: the queue's depth and the workers that are alive.</summary>
public sealed record PlatformStatus(QueueStatus Queue, IReadOnlyList<WorkerStatus> Workers);

/// <summary>Job counts by status; <see cref="OldestWaitSeconds"/> is how long the oldest due job has waited.</summary>
public sealed record QueueStatus(int Queued, int Processing, int Completed, int Failed, int Cancelled, double OldestWaitSeconds);

public sealed record WorkerStatus(string WorkerId, string Host, int Pid, IReadOnlyList<string> JobTypes, DateTimeOffset StartedAt, DateTimeOffset LastSeen);
