using FashionWallet.Accounts;
using FashionWallet.Api.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FashionWallet.Api.Accounts;

/// <summary>Sign-up and email verification. Answers never reveal whether an address already has an account.</summary>
internal static class RegistrationEndpoints
{
    public const string CheckInbox = "Check your inbox: we sent a link to confirm your address.";

    private static readonly TimeSpan VerificationLifetime = TimeSpan.FromHours(24);

    public static async Task<Results<Accepted<AcceptedResponse>, ValidationProblem>> Register(
        RegisterRequest request, AccountServices services, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var email = AccountFields.NormalizeEmail(request.Email, out var emailProblem);
        var displayName = AccountFields.NormalizeDisplayName(request.DisplayName, out var nameProblem);
        errors.Add("email", emailProblem).Add("displayName", nameProblem)
            .AddAll("password", PasswordPolicy.Check(request.Password, email, displayName));
        if (!request.AcceptTerms)
            errors.Add("acceptTerms", "Accept the terms of service and the privacy policy to create an account.");
        if (errors.Any)
            return errors.ToResult();

        var origin = http.Origin();
        var user = new User
        {
            Id = Guid.CreateVersion7(), Email = email!, DisplayName = displayName!, CreatedAt = services.Now, UpdatedAt = services.Now,
        };
        // Hashing happens whether or not the address is taken, so both answers take as long.
        user.PasswordHash = services.Passwords.Hash(user, request.Password!);
        try
        {
            await services.InTransactionAsync(async ct =>
            {
                var existing = await services.Db.Users.FirstOrDefaultAsync(u => u.Email == email, ct);
                if (existing is not null)
                {
                    await services.QueueEmailAsync(AccountEmails.AlreadyRegistered(existing.Email, existing.DisplayName, services.Links.ForgotPassword), existing.Id, ct);
                    return;
                }
                services.Db.Users.Add(user);
                var token = services.CreateAccountToken(user, TokenPurposes.VerifyEmail, user.Email, VerificationLifetime, origin);
                services.Db.Record(AuditEvents.Registered, AuditSeverity.Low, origin, user.Id, user.Email);
                await services.QueueEmailAsync(AccountEmails.Verify(user.Email, user.DisplayName, services.Links.Verify(token)), user.Id, ct);
            }, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Registered concurrently by someone else: the same answer as for any taken address.
        }
        return TypedResults.Accepted((string?)null, new AcceptedResponse(CheckInbox));
    }

    public static async Task<Results<Ok<ProfileResponse>, ValidationProblem>> VerifyEmail(
        TokenRequest request, AccountServices services, HttpContext http, CancellationToken cancellationToken)
    {
        User? verified = null;
        await services.InTransactionAsync(async ct =>
        {
            var token = await services.FindAccountTokenAsync(request.Token, TokenPurposes.VerifyEmail, ct);
            if (token is null)
                return;
            var user = await services.Db.Users.AsTracking().FirstAsync(u => u.Id == token.UserId, ct);
            token.UsedAt = services.Now;
            user.EmailVerifiedAt ??= services.Now;
            user.UpdatedAt = services.Now;
            services.Db.Record(AuditEvents.EmailVerified, AuditSeverity.Low, http.Origin(), user.Id, user.Email);
            if (string.Equals(user.Email, services.Options.BootstrapAdminEmail, StringComparison.OrdinalIgnoreCase) && user.Role != Roles.Admin)
            {
                user.Role = Roles.Admin;
                services.Db.Record(AuditEvents.RoleChanged, AuditSeverity.High, http.Origin(), user.Id, user.Email, details: new { role = Roles.Admin, reason = "Accounts:BootstrapAdminEmail" });
            }
            verified = user;
        }, cancellationToken);
        return verified is null
            ? FieldErrors.One("token", "This link is not valid or has expired. Ask for a new one.")
            : TypedResults.Ok(ProfileResponse.From(verified));
    }

    public static async Task<Results<Accepted<AcceptedResponse>, ValidationProblem, TooManyRequests>> ResendVerification(
        EmailRequest request, AccountServices services, HttpContext http, CancellationToken cancellationToken)
    {
        var email = AccountFields.NormalizeEmail(request.Email, out var problem);
        if (email is null)
            return FieldErrors.One("email", problem!);
        // The limit applies to every address, registered or not, so a 429 reveals nothing.
        if (services.Limiter.TryRecovery(email) is { } wait)
            return new TooManyRequests(wait);
        await services.InTransactionAsync(async ct =>
        {
            var user = await services.Db.Users.FirstOrDefaultAsync(u => u.Email == email && u.EmailVerifiedAt == null, ct);
            if (user is null)
                return;
            var token = services.CreateAccountToken(user, TokenPurposes.VerifyEmail, user.Email, VerificationLifetime, http.Origin());
            await services.QueueEmailAsync(AccountEmails.Verify(user.Email, user.DisplayName, services.Links.Verify(token)), user.Id, ct);
        }, cancellationToken);
        return TypedResults.Accepted((string?)null, new AcceptedResponse(CheckInbox));
    }
}
