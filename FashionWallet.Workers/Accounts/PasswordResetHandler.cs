using System.Net;
using FashionWallet.Accounts;
using FashionWallet.Database;
using FashionWallet.ServiceDefaults.Configuration;
using FashionWallet.Workers.Jobs;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Workers.Accounts;

/// <summary>"Forgot password", done off the request path so the API answers alike for every address: when the
/// address has an account, a one-hour single-use link is emailed.</summary>
internal sealed class PasswordResetHandler(FashionWalletDbContext db, AccountLinks links) : IJobHandler
{
    public async Task HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        var request = context.GetPayload<PasswordResetRequest>();
        var origin = new RequestOrigin(IPAddress.TryParse(request.Ip, out var ip) ? ip : null, request.UserAgent);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Email == request.Email, cancellationToken);

        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Record(AuditEvents.PasswordResetRequested, AuditSeverity.Medium, origin, user?.Id, request.Email,
                details: user is null ? new { account = "none" } : null);
            if (user is not null)
            {
                var token = AccountTokens.Create(db, user, TokenPurposes.ResetPassword, user.Email, TimeSpan.FromHours(1), origin, DateTimeOffset.UtcNow);
                await EmailOutbox.QueueAsync(db, AccountEmails.ResetPassword(user.Email, user.DisplayName, links.ResetPassword(token)), user.Id, ct);
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
    }
}

public static class AccountsJobsExtensions
{
    public static IHostApplicationBuilder AddAccountsJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddStrictOptions<EmailOptions>(EmailOptions.Section);
        builder.Services.AddSingleton(AccountLinks.FromConfiguration(builder.Configuration));
        builder.Services.AddJobHandler<EmailDeliveryHandler>(EmailOutbox.DeliveryJobType, maxConcurrency: 4);
        builder.Services.AddJobHandler<PasswordResetHandler>(PasswordResetRequest.JobType, maxConcurrency: 2);
        return builder;
    }
}
