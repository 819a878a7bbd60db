using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FashionWallet.Api.Accounts;

/// <summary>
/// The framework's rate limiter on the endpoints that attackers hammer: per client address as endpoint policies,
/// and per account (the email in the body, known only inside the handler) through <see cref="AccountLimiter"/>.
/// </summary>
public static class AccountRateLimits
{
    public const string SignIn = "accounts-sign-in";
    public const string Registration = "accounts-registration";
    public const string Recovery = "accounts-recovery";

    public static IServiceCollection AddAccountRateLimits(this IServiceCollection services)
    {
        services.AddSingleton<AccountLimiter>();
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) => new ValueTask(TooManyRequests(context.HttpContext,
                context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1)));
            options.AddPolicy(SignIn, http => PerClient(http, limits => (limits.SignInsPerIpPer15Minutes, TimeSpan.FromMinutes(15))));
            options.AddPolicy(Registration, http => PerClient(http, limits => (limits.RegistrationsPerIpPerHour, TimeSpan.FromHours(1))));
            options.AddPolicy(Recovery, http => PerClient(http, limits => (limits.RecoveryRequestsPerIpPerHour, TimeSpan.FromHours(1))));
        });
    }

    /// <summary>429 with Retry-After (seconds) and a problem body saying when to try again.</summary>
    public static Task TooManyRequests(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = 429,
                Title = "Too many attempts",
                Detail = $"Too many attempts. Try again in {Describe(retryAfter)}.",
                Extensions = { ["retryAfterSeconds"] = seconds },
            },
        }).AsTask();
    }

    private static string Describe(TimeSpan wait) => wait.TotalMinutes >= 1.5 ? $"{Math.Ceiling(wait.TotalMinutes)} minutes" : $"{Math.Ceiling(wait.TotalSeconds)} seconds";

    private static RateLimitPartition<string> PerClient(HttpContext http, Func<RateLimitOptions, (int Permits, TimeSpan Window)> limit)
    {
        var (permits, window) = limit(http.RequestServices.GetRequiredService<IOptions<AccountOptions>>().Value.RateLimits);
        return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
    }
}

/// <summary>Per-account limits: sign-in attempts and recovery emails for one address, whoever asks.</summary>
public sealed class AccountLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _signIns;
    private readonly PartitionedRateLimiter<string> _recovery;

    public AccountLimiter(IOptions<AccountOptions> options)
    {
        var limits = options.Value.RateLimits;
        _signIns = Fixed(limits.SignInsPerAccountPer15Minutes, TimeSpan.FromMinutes(15));
        _recovery = Fixed(limits.RecoveryRequestsPerAccountPerHour, TimeSpan.FromHours(1));
    }

    /// <summary>Null when allowed; otherwise how long to wait.</summary>
    public TimeSpan? TrySignIn(string email) => Acquire(_signIns, email);

    public TimeSpan? TryRecovery(string email) => Acquire(_recovery, email);

    public void Dispose()
    {
        _signIns.Dispose();
        _recovery.Dispose();
    }

    private static TimeSpan? Acquire(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
            return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    private static PartitionedRateLimiter<string> Fixed(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
}
