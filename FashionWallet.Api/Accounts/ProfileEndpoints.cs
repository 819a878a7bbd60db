using FashionWallet.Accounts;
using FashionWallet.Api.Security;
using FashionWallet.Avatars;
using FashionWallet.Designs;
using FashionWallet.Jobs;
using FashionWallet.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FashionWallet.Api.Accounts;

/// <summary>The signed-in person's own account: profile, password, email address, sessions, deletion.</summary>
internal static class ProfileEndpoints
{
    private const string WrongPassword = "This is not your current password.";

    public static async Task<Ok<ProfileResponse>> GetMe(AccountServices services, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(ProfileResponse.From(await Me(services, http, cancellationToken)));

    public static async Task<Results<Ok<ProfileResponse>, ValidationProblem>> UpdateMe(
        UpdateProfileRequest request, AccountServices services, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        string? displayName = null;
        if (request.DisplayName is not null)
        {
            displayName = AccountFields.NormalizeDisplayName(request.DisplayName, out var nameProblem);
            errors.Add("displayName", nameProblem);
        }
        if (request.PreferredUnits is not null && !Units.IsKnown(request.PreferredUnits))
            errors.Add("preferredUnits", $"Choose {Units.Metric} or {Units.Imperial}.");
        if (errors.Any)
            return errors.ToResult();

        var user = await Me(services, http, cancellationToken);
        user.DisplayName = displayName ?? user.DisplayName;
        user.PreferredUnits = request.PreferredUnits ?? user.PreferredUnits;
        user.UpdatedAt = services.Now;
        services.Db.Record(AuditEvents.ProfileChanged, AuditSeverity.Low, http.Origin(), user.Id);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ProfileResponse.From(user));
    }

    public static async Task<Results<NoContent, ValidationProblem, TooManyRequests>> ChangePassword(
        ChangePasswordRequest request, AccountServices services, HttpContext http, CancellationToken cancellationToken)
    {
        var user = await Me(services, http, cancellationToken);
        if (services.Limiter.TrySignIn(user.Email) is { } wait)
            return new TooManyRequests(wait);
        var errors = new FieldErrors().AddAll("newPassword", PasswordPolicy.Check(request.NewPassword, user.Email, user.DisplayName));
        if (string.IsNullOrEmpty(request.CurrentPassword) || request.CurrentPassword.Length > PasswordPolicy.MaxLength
            || services.Passwords.Verify(user, request.CurrentPassword) == PasswordVerificationResult.Failed)
            errors.Add("currentPassword", WrongPassword);
        if (errors.Any)
            return errors.ToResult();

        await services.InTransactionAsync(async ct =>
        {
            user.PasswordHash = services.Passwords.Hash(user, request.NewPassword!);
            user.UpdatedAt = services.Now;
            await services.RevokeSessionsAsync(user.Id, "password changed", except: http.User.SessionId(), ct);
            services.Db.Record(AuditEvents.PasswordChanged, AuditSeverity.Medium, http.Origin(), user.Id, user.Email);
            await services.QueueEmailAsync(AccountEmails.PasswordChanged(user.Email, user.DisplayName), user.Id, ct);
        }, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Accepted<AcceptedResponse>, ValidationProblem, TooManyRequests>> ChangeEmail(
        ChangeEmailRequest request, AccountServices services, HttpContext http, CancellationToken cancellationToken)
    {
        var user = await Me(services, http, cancellationToken);
        if (services.Limiter.TrySignIn(user.Email) is { } wait)
            return new TooManyRequests(wait);
        var newEmail = AccountFields.NormalizeEmail(request.NewEmail, out var emailProblem);
        var errors = new FieldErrors().Add("newEmail", emailProblem ?? (newEmail == user.Email ? "This is already your address." : null));
        if (!PasswordMatches(services, user, request.Password))
            errors.Add("password", WrongPassword);
        if (errors.Any)
            return errors.ToResult();

        var origin = http.Origin();
        await services.InTransactionAsync(async ct =>
        {
            // A taken address gets the same answer; the confirmation would fail anyway.
            if (await services.Db.Users.AnyAsync(u => u.Email == newEmail, ct))
                return;
            var token = services.CreateAccountToken(user, TokenPurposes.ChangeEmail, newEmail!, TimeSpan.FromHours(24), origin);
            services.Db.Record(AuditEvents.EmailChangeRequested, AuditSeverity.Medium, origin, user.Id, user.Email, details: new { newEmail });
            await services.QueueEmailAsync(AccountEmails.ConfirmNewEmail(newEmail!, user.DisplayName, services.Links.ConfirmEmail(token)), user.Id, ct);
            await services.QueueEmailAsync(AccountEmails.EmailChangeRequested(user.Email, user.DisplayName, newEmail!), user.Id, ct);
        }, cancellationToken);
        return TypedResults.Accepted((string?)null, new AcceptedResponse($"We sent a link to {newEmail}. Your address changes when you open it."));
    }

    public static async Task<Results<Ok<ProfileResponse>, ValidationProblem, ProblemHttpResult>> ConfirmEmail(
        TokenRequest request, AccountServices services, HttpContext http, CancellationToken cancellationToken)
    {
        User? changed = null;
        try
        {
            await services.InTransactionAsync(async ct =>
            {
                var token = await services.FindAccountTokenAsync(request.Token, TokenPurposes.ChangeEmail, ct);
                if (token is null)
                    return;
                var user = await services.Db.Users.AsTracking().FirstAsync(u => u.Id == token.UserId, ct);
                services.Db.Record(AuditEvents.EmailChanged, AuditSeverity.High, http.Origin(), user.Id, token.Email, details: new { previous = user.Email });
                token.UsedAt = services.Now;
                user.Email = token.Email;
                user.EmailVerifiedAt = services.Now;
                user.UpdatedAt = services.Now;
                changed = user;
            }, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return TypedResults.Problem("Another account now uses this address, so yours was not changed.", statusCode: StatusCodes.Status409Conflict, title: "Address taken");
        }
        return changed is null
            ? FieldErrors.One("token", "This link is not valid or has expired. Ask for a new one.")
            : TypedResults.Ok(ProfileResponse.From(changed));
    }

    public static async Task<Results<NoContent, ValidationProblem, TooManyRequests>> DeleteMe(
        PasswordRequest request, AccountServices services, HttpContext http, CancellationToken cancellationToken)
    {
        var user = await Me(services, http, cancellationToken);
        if (services.Limiter.TrySignIn(user.Email) is { } wait)
            return new TooManyRequests(wait);
        if (!PasswordMatches(services, user, request.Password))
            return FieldErrors.One("password", WrongPassword);

        await services.InTransactionAsync(async ct =>
        {
            // The audit keeps the event under the (now meaningless) id, without the address or where it came from.
            services.Db.Record(AuditEvents.AccountDeleted, AuditSeverity.Medium, new RequestOrigin(null, null), user.Id);
            await services.QueueEmailAsync(AccountEmails.AccountDeleted(user.Email, user.DisplayName), userId: null, ct);
            await services.Db.AuditEvents.Where(a => a.UserId == user.Id)
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.Email, (string?)null).SetProperty(x => x.Ip, (System.Net.IPAddress?)null).SetProperty(x => x.UserAgent, (string?)null), ct);
            services.Db.Users.Remove(user);
            await services.ForgetSessionsAsync(user.Id, ct);
            // Their avatars' and designs' rows go with the account (cascade); their photos, models and previews go by these jobs.
            await JobQueue.EnqueueAsync(services.Db, new JobRequest(DeleteBlobsJob.Type, new DeleteBlobsJob(AvatarBlobs.Person(user.Id))), ct);
            await JobQueue.EnqueueAsync(services.Db, new JobRequest(DeleteBlobsJob.Type, new DeleteBlobsJob(DesignBlobs.Person(user.Id))), ct);
        }, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<SessionResponse[]>> ListSessions(AccountServices services, HttpContext http, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var current = http.User.SessionId();
        var now = services.Now;
        var sessions = await services.Db.Sessions.Where(s => s.UserId == userId && s.RevokedAt == null && s.ExpiresAt > now)
            .OrderByDescending(s => s.LastSeenAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(sessions.Select(s => new SessionResponse(s.Id, s.Id == current, s.UserAgent, s.Ip?.ToString(), s.CreatedAt, s.LastSeenAt, s.ExpiresAt)).ToArray());
    }

    public static async Task<Results<NoContent, NotFound>> EndSession(Guid id, AccountServices services, HttpContext http, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        if (!await services.RevokeSessionAsync(userId, id, "ended by its owner", cancellationToken))
            return TypedResults.NotFound();
        services.Db.Record(AuditEvents.SessionRevoked, AuditSeverity.Low, http.Origin(), userId, details: new { session = id });
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static Task<User> Me(AccountServices services, HttpContext http, CancellationToken cancellationToken)
    {
        var id = http.User.UserId();
        return services.Db.Users.AsTracking().FirstAsync(u => u.Id == id, cancellationToken);
    }

    private static bool PasswordMatches(AccountServices services, User user, string? password) =>
        !string.IsNullOrEmpty(password) && password.Length <= PasswordPolicy.MaxLength
        && services.Passwords.Verify(user, password) != PasswordVerificationResult.Failed;
}
