using FashionWallet.Accounts;
using FashionWallet.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FashionWallet.Api.Accounts;

/// <summary>At start-up, the configured first admin (if they have a verified account) becomes an admin; a new
/// account with that address becomes one when it is verified.</summary>
internal sealed class BootstrapAdmin(IServiceScopeFactory scopes, IOptions<AccountOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.BootstrapAdminEmail is not { Length: > 0 } email)
            return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FashionWalletDbContext>();
        var user = await db.Users.AsTracking().FirstOrDefaultAsync(u => u.Email == email.ToLowerInvariant() && u.EmailVerifiedAt != null && u.Role != Roles.Admin, cancellationToken);
        if (user is null)
            return;
        user.Role = Roles.Admin;
        db.Record(AuditEvents.RoleChanged, AuditSeverity.High, new RequestOrigin(null, null), user.Id, user.Email, details: new { role = Roles.Admin, reason = "Accounts:BootstrapAdminEmail" });
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
