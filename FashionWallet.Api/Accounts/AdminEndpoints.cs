using System.Globalization;
using System.Text;
using FashionWallet.Accounts;
using FashionWallet.Api.Security;
using FashionWallet.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Api.Accounts;

public sealed record UserSummary(Guid Id, string Email, string DisplayName, string Role, bool EmailVerified, DateTimeOffset? LockedUntil, DateTimeOffset CreatedAt);

public sealed record SetRoleRequest(string? Role);

public sealed record AuditEventResponse(Guid Id, DateTimeOffset OccurredAt, string Event, string Severity, Guid? UserId, Guid? ActorId, string? Email, string? Ip, string? UserAgent, System.Text.Json.JsonElement Details);

/// <summary>A page of the audit log, newest first; pass <see cref="Next"/> as <c>before</c> for the next page.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEventResponse> Items, string? Next);

public sealed record MailboxMessage(Guid Id, string To, string Subject, string Text, string Html, string Purpose, string Status, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

/// <summary>What admins do with accounts: list, change roles, unlock, read the audit log; and the dev mailbox.</summary>
public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAccountAdminApi(this IEndpointRouteBuilder app, bool isDevelopment)
    {
        var admin = app.MapGroup("/api/admin").WithTags("Admin");
        admin.MapGet("/users", ListUsers).WithAccess(Access.Admin).WithSummary("Accounts, newest first, optionally matching a search");
        admin.MapPut("/users/{id:guid}/role", SetRole).WithAccess(Access.Admin).WithSummary("Make a person a designer or an admin");
        admin.MapPost("/users/{id:guid}/unlock", Unlock).WithAccess(Access.Admin).WithSummary("Lift a sign-in lockout");
        admin.MapGet("/audit", ListAudit).WithAccess(Access.Admin).WithSummary("Security events, newest first, filtered by person, event, severity and time");

        app.MapGet("/api/dev/mailbox", ListMailbox).WithTags("Admin").WithAccess(Access.AdminOutsideDevelopment, isDevelopment)
            .WithSummary("Every email the app sent (open to all in Development, admins only elsewhere)");
        return app;
    }

    private static async Task<Results<Ok<UserSummary[]>, ValidationProblem>> ListUsers(string? search, int? limit, FashionWalletDbContext db, CancellationToken cancellationToken)
    {
        if (search is { Length: > 255 })
            return FieldErrors.One("search", "Search with at most 255 characters.");
        var query = db.Users.AsQueryable();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            query = query.Where(u => EF.Functions.ILike(u.Email, pattern) || EF.Functions.ILike(u.DisplayName, pattern));
        }
        var users = await query.OrderByDescending(u => u.CreatedAt).Take(Math.Clamp(limit ?? 50, 1, 200)).ToListAsync(cancellationToken);
        return TypedResults.Ok(users.Select(u => new UserSummary(u.Id, u.Email, u.DisplayName, u.Role, u.EmailVerifiedAt is not null, u.LockedUntil, u.CreatedAt)).ToArray());
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> SetRole(
        Guid id, SetRoleRequest request, AccountServices services, HttpContext http, CancellationToken cancellationToken)
    {
        if (request.Role is null || !Roles.IsKnown(request.Role))
            return FieldErrors.One("role", $"Choose {Roles.Designer} or {Roles.Admin}.");
        var user = await services.Db.Users.AsTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
            return TypedResults.NotFound();
        if (user.Role == Roles.Admin && request.Role != Roles.Admin && await services.Db.Users.CountAsync(u => u.Role == Roles.Admin, cancellationToken) == 1)
            return TypedResults.Problem("This is the last admin; make someone else an admin first.", statusCode: StatusCodes.Status409Conflict, title: "Last admin");
        if (user.Role != request.Role)
        {
            services.Db.Record(AuditEvents.RoleChanged, AuditSeverity.High, http.Origin(), user.Id, user.Email, http.User.UserId(), new { from = user.Role, to = request.Role });
            user.Role = request.Role;
            user.UpdatedAt = services.Now;
            await services.Db.SaveChangesAsync(cancellationToken);
            await services.ForgetSessionsAsync(user.Id, cancellationToken);
        }
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, NotFound>> Unlock(Guid id, AccountServices services, HttpContext http, CancellationToken cancellationToken)
    {
        var user = await services.Db.Users.AsTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
            return TypedResults.NotFound();
        user.LockedUntil = null;
        user.FailedSignIns = 0;
        user.FirstFailedAt = null;
        services.Db.Record(AuditEvents.Unlocked, AuditSeverity.Medium, http.Origin(), user.Id, user.Email, http.User.UserId());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<AuditPage>, ValidationProblem>> ListAudit(
        Guid? userId, string? @event, string? severity, DateTimeOffset? from, DateTimeOffset? to, string? before, int? limit,
        FashionWalletDbContext db, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (severity is not null && !AuditSeverity.IsKnown(severity))
            errors.Add("severity", "Choose low, medium, high or critical.");
        if (@event is { Length: > 50 })
            errors.Add("event", "An event name has at most 50 characters.");
        if (from > to)
            errors.Add("from", "The start is after the end.");
        var cursor = before is null ? null : AuditCursor.Parse(before);
        if (before is not null && cursor is null)
            errors.Add("before", "This cursor is not one the API gave out.");
        if (errors.Any)
            return errors.ToResult();

        var query = db.AuditEvents.AsQueryable();
        if (userId is not null)
            query = query.Where(a => a.UserId == userId);
        if (@event is not null)
            query = query.Where(a => a.Event == @event);
        if (severity is not null)
            query = query.Where(a => a.Severity == severity);
        if (from is not null)
            query = query.Where(a => a.OccurredAt >= from);
        if (to is not null)
            query = query.Where(a => a.OccurredAt <= to);
        if (cursor is { } c)
            query = query.Where(a => EF.Functions.LessThan(ValueTuple.Create(a.OccurredAt, a.Id), ValueTuple.Create(c.OccurredAt, c.Id)));
        var take = Math.Clamp(limit ?? 50, 1, 200);
        var page = await query.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id).Take(take + 1).ToListAsync(cancellationToken);
        var items = page.Take(take).Select(a => new AuditEventResponse(a.Id, a.OccurredAt, a.Event, a.Severity, a.UserId, a.ActorId, a.Email, a.Ip?.ToString(), a.UserAgent,
            System.Text.Json.JsonDocument.Parse(a.Details).RootElement.Clone())).ToArray();
        return TypedResults.Ok(new AuditPage(items, page.Count > take ? AuditCursor.Format(page[take - 1]) : null));
    }

    private static async Task<Results<Ok<MailboxMessage[]>, ValidationProblem>> ListMailbox(string? to, int? limit, FashionWalletDbContext db, CancellationToken cancellationToken)
    {
        if (to is { Length: > 255 })
            return FieldErrors.One("to", "An address has at most 255 characters.");
        var query = db.EmailOutbox.AsQueryable();
        if (!string.IsNullOrWhiteSpace(to))
            query = query.Where(m => m.ToAddress == to.Trim().ToLowerInvariant());
        var messages = await query.OrderByDescending(m => m.CreatedAt).Take(Math.Clamp(limit ?? 50, 1, 200)).ToListAsync(cancellationToken);
        return TypedResults.Ok(messages.Select(m => new MailboxMessage(m.Id, m.ToAddress, m.Subject, m.TextBody, m.HtmlBody, m.Purpose, m.Status, m.CreatedAt, m.SentAt)).ToArray());
    }

    private static class AuditCursor
    {
        public static string Format(AuditEvent last) =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{last.OccurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{last.Id}"));

        public static (DateTimeOffset OccurredAt, Guid Id)? Parse(string cursor)
        {
            try
            {
                var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split('|');
                return parts.Length == 2 && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var ticks) && Guid.TryParse(parts[1], out var id)
                    ? (new DateTimeOffset(ticks, TimeSpan.Zero), id)
                    : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}
