using System.Text.Json;
using FashionWallet.Jobs;

namespace FashionWallet.Workers.Jobs;

/// <summary>What a handler knows about the job it runs, and how it reports progress and a result.</summary>
public sealed class JobContext
{
    private readonly JobStore _store;
    private readonly TimeSpan _lease;
    private readonly Action<LeaseState> _onLeaseChange;

    internal JobContext(ClaimedJob job, string workerId, JobStore store, TimeSpan lease, Action<LeaseState> onLeaseChange)
    {
        Job = job;
        WorkerId = workerId;
        _store = store;
        _lease = lease;
        _onLeaseChange = onLeaseChange;
    }

    public ClaimedJob Job { get; }

    public Guid Id => Job.Id;

    public int Attempt => Job.Attempt;

    public string WorkerId { get; }

    /// <summary>Stored as the job's result (JSON) when the handler returns.</summary>
    public object? Result { get; set; }

    public T GetPayload<T>()
    {
        try
        {
            return Job.Payload.Deserialize<T>(JobQueue.PayloadJson)
                ?? throw new JobPermanentFailureException($"The {Job.Type} job has no payload.");
        }
        catch (JsonException ex)
        {
            throw new JobPermanentFailureException($"The {Job.Type} job's payload is not valid: {ex.Message}", ex);
        }
    }

    /// <summary>Records progress (0-100) with a message a person can read; also renews the lease.</summary>
    public async Task ReportProgressAsync(int percent, string? message, CancellationToken cancellationToken)
    {
        var state = await _store.ReportProgressAsync(Job.Id, WorkerId, Math.Clamp(percent, 0, 100), message, _lease, cancellationToken);
        if (state != LeaseState.Held)
            _onLeaseChange(state);
    }
}
