using FashionWallet.Api.Security;

namespace FashionWallet.Api.Accounts;

public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/accounts").WithTags("Accounts");

        accounts.MapPost("/register", RegistrationEndpoints.Register).WithAccess(Access.Public).RequireRateLimiting(AccountRateLimits.Registration)
            .WithSummary("Create an account; a link to confirm the address is emailed (the answer is the same for a taken address)");
        accounts.MapPost("/verify-email", RegistrationEndpoints.VerifyEmail).WithAccess(Access.Public).WithSummary("Confirm an email address with the emailed token");
        accounts.MapPost("/verify-email/resend", RegistrationEndpoints.ResendVerification).WithAccess(Access.Public).RequireRateLimiting(AccountRateLimits.Recovery)
            .WithSummary("Send the confirmation link again");
        accounts.MapPost("/sign-in", SignInEndpoints.SignIn).WithAccess(Access.Public).RequireRateLimiting(AccountRateLimits.SignIn)
            .WithSummary("Sign in: an access token (15 min) and a refresh token");
        accounts.MapPost("/token/refresh", SignInEndpoints.Refresh).WithAccess(Access.Public)
            .WithSummary("Exchange a refresh token for new tokens (each refresh token works once)");
        accounts.MapPost("/sign-out", SignInEndpoints.SignOut).WithAccess(Access.SignedIn).WithSummary("End this session, or every session with ?everywhere=true");
        accounts.MapPost("/password/forgot", RecoveryEndpoints.ForgotPassword).WithAccess(Access.Public).RequireRateLimiting(AccountRateLimits.Recovery)
            .WithSummary("Email a password reset link, if the address has an account");
        accounts.MapPost("/password/reset", RecoveryEndpoints.ResetPassword).WithAccess(Access.Public).RequireRateLimiting(AccountRateLimits.Recovery)
            .WithSummary("Choose a new password with the emailed token; every session ends");
        accounts.MapPost("/email/confirm", ProfileEndpoints.ConfirmEmail).WithAccess(Access.Public).WithSummary("Confirm a new email address with the emailed token");

        var me = accounts.MapGroup("/me");
        me.MapGet("/", ProfileEndpoints.GetMe).WithAccess(Access.SignedIn).WithSummary("Your profile");
        me.MapPatch("/", ProfileEndpoints.UpdateMe).WithAccess(Access.SignedIn).WithSummary("Change your display name or preferred units");
        me.MapPost("/password", ProfileEndpoints.ChangePassword).WithAccess(Access.SignedIn).WithSummary("Change your password; your other sessions end");
        me.MapPost("/email", ProfileEndpoints.ChangeEmail).WithAccess(Access.SignedIn).WithSummary("Change your email address (confirmed through the new address)");
        me.MapPost("/delete", ProfileEndpoints.DeleteMe).WithAccess(Access.SignedIn).WithSummary("Delete your account and everything in it");
        me.MapGet("/sessions", ProfileEndpoints.ListSessions).WithAccess(Access.SignedIn).WithSummary("Your signed-in devices");
        me.MapDelete("/sessions/{id:guid}", ProfileEndpoints.EndSession).WithAccess(Access.SignedIn).WithSummary("Sign one of your devices out");
        return app;
    }
}
