using FashionWallet.Accounts;
using FashionWallet.Database;
using FashionWallet.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FashionWallet.Tests.Accounts;

/// <summary>The worker delivers outbox emails to an SMTP server, retries when it refuses, and keeps them when none is configured.</summary>
public sealed class EmailDeliveryTests(PostgresFixture postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Outbox_emails_are_delivered_through_smtp_once()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync("smtp");
        await using var smtp = new SmtpTestServer();
        var id = await QueueAsync(connectionString, AccountEmails.Verify("grace@example.com", "Grace", new Uri("http://web.test/account/verify?token=abc")));

        await using (await WorkerHost.StartAccountsAsync(connectionString, Smtp(smtp)))
        {
            await Platform.JobQueueTests.WaitUntilAsync(async () => await StatusAsync(connectionString, id) == EmailStatus.Sent, TimeSpan.FromSeconds(20));
        }

        var (recipients, data) = Assert.Single(smtp.Messages);
        Assert.Equal(["grace@example.com"], recipients);
        Assert.Contains("Subject: Confirm your email address for Fashion Wallet", data);
        Assert.Contains("text/html", data);
        Assert.Contains($"Message-ID: <{id}@fashionwallet>", data);
    }

    [Fact]
    public async Task A_refusing_server_means_retries_with_the_reason_recorded_until_it_accepts()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync("smtp-retry");
        await using var smtp = new SmtpTestServer(refuseRecipients: true);
        var id = await QueueAsync(connectionString, AccountEmails.PasswordChanged("alan@example.com", "Alan"));

        await using (await WorkerHost.StartAccountsAsync(connectionString, Smtp(smtp)))
        {
            await Platform.JobQueueTests.WaitUntilAsync(async () => (await ReadAsync(connectionString, id)).Attempts >= 2, TimeSpan.FromSeconds(20));
            var refused = await ReadAsync(connectionString, id);
            Assert.Equal(EmailStatus.Queued, refused.Status);
            Assert.NotNull(refused.LastError);

            smtp.RefuseRecipients = false;
            await Platform.JobQueueTests.WaitUntilAsync(async () => await StatusAsync(connectionString, id) == EmailStatus.Sent, TimeSpan.FromSeconds(30));
        }
        Assert.Single(smtp.Messages);
    }

    [Fact]
    public async Task Without_an_smtp_server_emails_are_kept_for_the_dev_mailbox()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync("smtp-none");
        var id = await QueueAsync(connectionString, AccountEmails.PasswordChanged("kept@example.com", "Kept"));

        await using (await WorkerHost.StartAccountsAsync(connectionString))
        {
            await Platform.JobQueueTests.WaitUntilAsync(async () => await StatusAsync(connectionString, id) == EmailStatus.Stored, TimeSpan.FromSeconds(20));
        }
    }

    private static Dictionary<string, string?> Smtp(SmtpTestServer smtp) => new()
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:UseTls"] = "false",
        ["Jobs:RetryBaseDelayMs"] = "200",
    };

    private static async Task<Guid> QueueAsync(string connectionString, EmailMessage message)
    {
        await using var db = Context(connectionString);
        await using var transaction = await db.Database.BeginTransactionAsync(Cancel);
        await EmailOutbox.QueueAsync(db, message, userId: null, Cancel);
        await transaction.CommitAsync(Cancel);
        return await db.EmailOutbox.Where(m => m.ToAddress == message.To).Select(m => m.Id).SingleAsync(Cancel);
    }

    private static async Task<string> StatusAsync(string connectionString, Guid id) => (await ReadAsync(connectionString, id)).Status;

    private static async Task<OutboxEmail> ReadAsync(string connectionString, Guid id)
    {
        await using var db = Context(connectionString);
        return await db.EmailOutbox.SingleAsync(m => m.Id == id, Cancel);
    }

    private static FashionWalletDbContext Context(string connectionString) =>
        new(new DbContextOptionsBuilder<FashionWalletDbContext>().UseNpgsql(connectionString).Options);
}
