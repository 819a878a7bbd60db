using System.Globalization;

namespace FashionWallet.Benchmarks;

/// <summary>Splits the servers' CPU time per request between the API and PostgreSQL, in the ratio each used since <see cref="Start"/>.</summary>
internal sealed class ServerCpuSplit(Func<TimeSpan> api, Func<TimeSpan> postgres)
{
    private (TimeSpan Api, TimeSpan Postgres) _start;

    public void Start() => _start = (api(), postgres());

    /// <summary>"API + PostgreSQL" in ms for a per-request total of <paramref name="serverMs"/>.</summary>
    public string Split(double serverMs)
    {
        var (apiUsed, postgresUsed) = ((api() - _start.Api).TotalMilliseconds, (postgres() - _start.Postgres).TotalMilliseconds);
        var apiShare = apiUsed + postgresUsed > 0 ? apiUsed / (apiUsed + postgresUsed) : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{serverMs * apiShare:0.00} + {serverMs * (1 - apiShare):0.00}");
    }
}
