namespace FashionWallet.Jobs;

/// <summary>The states of a job. <see cref="Failed"/> is the dead letter: no attempts left.</summary>
public static class JobStatus
{
    public const string Queued = "queued";
    public const string Processing = "processing";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    public static bool IsFinished(string status) => status is Completed or Failed or Cancelled;
}
