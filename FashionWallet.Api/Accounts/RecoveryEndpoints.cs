using FashionWallet.Accounts;
using FashionWallet.Api.Security;
using FashionWallet.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Api.Accounts;

/// <summary>Forgotten passwords. The request only queues work, so its answer and its timing are the same for every address.</summary>
internal static class RecoveryEndpoints
{
    public static async Task<Results<Accepted<AcceptedResponse>, ValidationProblem, TooManyRequests>> ForgotPassword(
        EmailRequest request, AccountServices services, JobQueue queue, HttpContext http, CancellationToken cancellationToken)
    {
        var email = AccountFields.NormalizeEmail(request.Email, out var problem);
        if (email is null)
            return FieldErrors.One("email", problem!);
        if (services.Limiter.TryRecovery(email) is { } wait)
            return new TooManyRequests(wait);
        var origin = http.Origin();
        await queue.EnqueueAsync(new JobRequest(PasswordResetRequest.JobType, new PasswordResetRequest(email, origin.Ip?.ToString(), origin.UserAgent)) { Priority = 7 }, cancellationToken);
        return TypedResults.Accepted((string?)null, new AcceptedResponse("If an account uses this address, we sent it a link to choose a new password."));
    }

    public static async Task<Results<NoContent, ValidationProblem>> ResetPassword(
        ResetPasswordRequest request, AccountServices services, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors().AddAll("newPassword", PasswordPolicy.Check(request.NewPassword));
        if (!SecureToken.IsWellFormed(request.Token))
            errors.Add("token", InvalidLink);
        if (errors.Any)
            return errors.ToResult();

        ValidationProblem? refused = null;
        await services.InTransactionAsync(async ct =>
        {
            var token = await services.FindAccountTokenAsync(request.Token, TokenPurposes.ResetPassword, ct);
            if (token is null)
            {
                refused = FieldErrors.One("token", InvalidLink);
                return;
            }
            var user = await services.Db.Users.AsTracking().FirstAsync(u => u.Id == token.UserId, ct);
            if (PasswordPolicy.Check(request.NewPassword, user.Email, user.DisplayName) is { Count: > 0 } personal)
            {
                refused = new FieldErrors().AddAll("newPassword", personal).ToResult();
                return;
            }
            token.UsedAt = services.Now;
            user.PasswordHash = services.Passwords.Hash(user, request.NewPassword!);
            user.FailedSignIns = 0;
            user.FirstFailedAt = null;
            user.LockedUntil = null;
            user.UpdatedAt = services.Now;
            await services.RevokeSessionsAsync(user.Id, "password reset", except: null, ct);
            services.Db.Record(AuditEvents.PasswordReset, AuditSeverity.Medium, http.Origin(), user.Id, user.Email);
            await services.QueueEmailAsync(AccountEmails.PasswordChanged(user.Email, user.DisplayName), user.Id, ct);
        }, cancellationToken);
        return refused is null ? TypedResults.NoContent() : refused;
    }

    private const string InvalidLink = "This link is not valid or has expired. Ask for a new one.";
}
