using System.Net;
using System.Net.Mail;
using FashionWallet.Accounts;
using FashionWallet.Database;
using FashionWallet.Workers.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FashionWallet.Workers.Accounts;

/// <summary>Delivers one outbox email through SMTP, or keeps it (status stored) when no SMTP server is configured.
/// Delivery is retried with back-off by the queue; a delivered email is never sent twice by a retried job.</summary>
internal sealed class EmailDeliveryHandler(FashionWalletDbContext db, IOptions<EmailOptions> options, ILogger<EmailDeliveryHandler> logger) : IJobHandler
{
    public async Task HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        var job = context.GetPayload<EmailOutbox.DeliveryJob>();
        var email = await db.EmailOutbox.AsTracking().FirstOrDefaultAsync(e => e.Id == job.OutboxId, cancellationToken);
        if (email is null || email.Status is EmailStatus.Sent or EmailStatus.Stored)
            return;

        email.Attempts++;
        var smtp = options.Value.Smtp;
        try
        {
            if (string.IsNullOrWhiteSpace(smtp.Host))
            {
                email.Status = EmailStatus.Stored;
            }
            else
            {
                await SendAsync(email, smtp, cancellationToken);
                email.Status = EmailStatus.Sent;
                email.SentAt = DateTimeOffset.UtcNow;
            }
            email.LastError = null;
        }
        catch (Exception ex) when (ex is SmtpException or IOException or InvalidOperationException)
        {
            email.LastError = ex.Message;
            if (context.Attempt >= context.Job.MaxAttempts)
                email.Status = EmailStatus.Failed;
            await db.SaveChangesAsync(CancellationToken.None);
            logger.LogWarning("Could not deliver email {EmailId} to {To}: {Error}", email.Id, email.ToAddress, ex.Message);
            throw;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SendAsync(OutboxEmail email, SmtpOptions smtp, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.UseTls, Timeout = smtp.TimeoutSeconds * 1000 };
        if (smtp.UserName is { Length: > 0 })
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        using var message = new MailMessage
        {
            From = new MailAddress(options.Value.From, options.Value.FromName),
            Subject = email.Subject,
            Body = email.TextBody,
        };
        message.To.Add(email.ToAddress);
        message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(email.HtmlBody, null, "text/html"));
        message.Headers.Add("Message-ID", $"<{email.Id}@fashionwallet>");
        await client.SendMailAsync(message, cancellationToken);
    }
}
