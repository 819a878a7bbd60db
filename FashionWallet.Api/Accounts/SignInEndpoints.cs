using FashionWallet.Accounts;
using FashionWallet.Api.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Api.Accounts;

/// <summary>Sign-in with lockout, rotating refresh tokens with theft detection, and sign-out.</summary>
internal static class SignInEndpoints
{
    private const string WrongCredentials = "The email or password is incorrect.";

    public static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult, TooManyRequests>> SignIn(
        SignInRequest request, AccountServices services, HttpContext http, CancellationToken cancellationToken)
    {
        var email = AccountFields.NormalizeEmail(request.Email, out var emailProblem);
        var errors = new FieldErrors().Add("email", emailProblem);
        if (string.IsNullOrEmpty(request.Password))
            errors.Add("password", "Enter your password.");
        else if (request.Password.Length > PasswordPolicy.MaxLength)
            errors.Add("password", $"A password has at most {PasswordPolicy.MaxLength} characters.");
        if (errors.Any)
            return errors.ToResult();
        if (services.Limiter.TrySignIn(email!) is { } wait)
            return new TooManyRequests(wait);

        var origin = http.Origin();
        var user = await services.Db.Users.AsTracking().FirstOrDefaultAsync(u => u.Email == email, cancellationToken);
        if (user is null)
        {
            services.Passwords.VerifyAgainstNobody(request.Password!);
            services.Db.Record(AuditEvents.SignInFailed, AuditSeverity.Low, origin, email: email, details: new { reason = "unknown email" });
            await services.Db.SaveChangesAsync(cancellationToken);
            return WrongPassword();
        }
        if (user.LockedUntil is { } lockedUntil && lockedUntil > services.Now)
        {
            services.Db.Record(AuditEvents.SignInFailed, AuditSeverity.Medium, origin, user.Id, user.Email, details: new { reason = "locked" });
            await services.Db.SaveChangesAsync(cancellationToken);
            return new TooManyRequests(lockedUntil - services.Now);
        }

        var verification = services.Passwords.Verify(user, request.Password!);
        if (verification == PasswordVerificationResult.Failed)
        {
            RecordFailure(user, services, origin);
            await services.Db.SaveChangesAsync(cancellationToken);
            return WrongPassword();
        }
        if (user.EmailVerifiedAt is null)
            return TypedResults.Problem("Confirm your email address first: open the link we sent you, or ask for a new one.",
                statusCode: StatusCodes.Status403Forbidden, title: "Email not confirmed", extensions: new Dictionary<string, object?> { ["code"] = "email_not_verified" });

        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
            user.PasswordHash = services.Passwords.Hash(user, request.Password!);
        user.FailedSignIns = 0;
        user.FirstFailedAt = null;
        user.LockedUntil = null;
        var response = services.OpenSession(user, request.RememberMe, origin);
        services.Db.Record(AuditEvents.SignInSucceeded, AuditSeverity.Low, origin, user.Id, user.Email, details: new { remember = request.RememberMe });
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(response);
    }

    /// <summary>Counts a failure in the window; the last allowed one locks the account.</summary>
    private static void RecordFailure(User user, AccountServices services, RequestOrigin origin)
    {
        var lockout = services.Options.Lockout;
        if (user.FirstFailedAt is not { } first || services.Now - first > TimeSpan.FromMinutes(lockout.FailureWindowMinutes))
        {
            user.FailedSignIns = 0;
            user.FirstFailedAt = services.Now;
        }
        user.FailedSignIns++;
        services.Db.Record(AuditEvents.SignInFailed, AuditSeverity.Medium, origin, user.Id, user.Email, details: new { reason = "wrong password", failures = user.FailedSignIns });
        if (user.FailedSignIns < lockout.MaxFailedSignIns)
            return;
        user.LockedUntil = services.Now.AddMinutes(lockout.LockoutMinutes);
        services.Db.Record(AuditEvents.LockedOut, AuditSeverity.High, origin, user.Id, user.Email, details: new { until = user.LockedUntil, failures = user.FailedSignIns });
    }

    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> Refresh(
        RefreshRequest request, AccountServices services, HttpContext http, CancellationToken cancellationToken)
    {
        if (!SecureToken.IsWellFormed(request.RefreshToken))
            return SessionEnded();
        var hash = SecureToken.Hash(request.RefreshToken!);
        var presented = await services.Db.RefreshTokens.FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (presented is null)
            return SessionEnded();
        var session = await services.Db.Sessions.AsTracking().FirstAsync(s => s.Id == presented.SessionId, cancellationToken);
        if (session.RevokedAt is not null || session.ExpiresAt <= services.Now || presented.ExpiresAt <= services.Now)
            return SessionEnded();

        // Only one presenter can rotate a token; anyone presenting it again holds a copy: end the whole session.
        var now = services.Now;
        var rotated = await services.Db.RefreshTokens.Where(t => t.Id == presented.Id && t.ReplacedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ReplacedAt, now), cancellationToken);
        var user = await services.Db.Users.FirstAsync(u => u.Id == session.UserId, cancellationToken);
        if (rotated == 0)
        {
            session.RevokedAt = now;
            session.RevokedReason = "refresh token reuse";
            services.Sessions.Forget(session.Id);
            services.Db.Record(AuditEvents.RefreshTokenReuse, AuditSeverity.High, http.Origin(), user.Id, user.Email, details: new { session = session.Id });
            await services.Db.SaveChangesAsync(cancellationToken);
            return SessionEnded();
        }
        var response = services.IssueTokens(user, session);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(response);
    }

    public static async Task<NoContent> SignOut(bool? everywhere, AccountServices services, HttpContext http, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        if (everywhere == true)
            await services.RevokeSessionsAsync(userId, "signed out everywhere", except: null, cancellationToken);
        else
            await services.RevokeSessionAsync(userId, http.User.SessionId(), "signed out", cancellationToken);
        services.Db.Record(AuditEvents.SignedOut, AuditSeverity.Low, http.Origin(), userId, details: new { everywhere = everywhere == true });
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult WrongPassword() =>
        TypedResults.Problem(WrongCredentials, statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");

    private static ProblemHttpResult SessionEnded() =>
        TypedResults.Problem("This session has ended; sign in again.", statusCode: StatusCodes.Status401Unauthorized, title: "Session ended");
}
