using FashionWallet.Database;
using FashionWallet.Jobs;

namespace FashionWallet.Accounts;

/// <summary>
/// Emails are rows first: the row and the job that delivers it are written in the caller's transaction, so an
/// email exists exactly when the change that caused it does, and delivery retries until it succeeds.
/// </summary>
public static class EmailOutbox
{
    public const string DeliveryJobType = "email.send";

    public sealed record DeliveryJob(Guid OutboxId);

    public static async Task QueueAsync(FashionWalletDbContext db, EmailMessage message, Guid? userId, CancellationToken cancellationToken)
    {
        var row = new OutboxEmail
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            ToAddress = message.To,
            Subject = message.Subject,
            TextBody = message.Text,
            HtmlBody = message.Html,
            Purpose = message.Purpose,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.EmailOutbox.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        await JobQueue.EnqueueAsync(db, new JobRequest(DeliveryJobType, new DeliveryJob(row.Id)) { MaxAttempts = 8, Priority = 7 }, cancellationToken);
    }
}
