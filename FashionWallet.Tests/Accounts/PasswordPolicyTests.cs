using FashionWallet.Accounts;

namespace FashionWallet.Tests.Accounts;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("Cutting-Table#42")]
    [InlineData("Velvet ribbons 4 all!")]
    [InlineData("Ürün-Kumaş-2026")]
    public void Strong_passwords_pass(string password) => Assert.Empty(PasswordPolicy.Check(password, "grace@example.com", "Grace Hopper"));

    [Theory]
    [InlineData("Sh0rt!", "at least 8")]
    [InlineData("alllowercase1!", "upper and lower")]
    [InlineData("NoDigitsHere!", "digit")]
    [InlineData("NoSymbols2026", "symbol")]
    [InlineData("P@ssw0rd2024!", "common")]
    [InlineData("Qwerty123!", "common")]
    [InlineData("!!Welcome1", "common")]
    [InlineData("Trustn0!", "common")]
    [InlineData("Aaaaaaa1!", "common")]
    [InlineData("Hopper-2026!", "name or email")]
    [InlineData("Xgrace.99!Z", "name or email")]
    public void Weak_passwords_are_refused_with_the_reason(string password, string reason) =>
        Assert.Contains(PasswordPolicy.Check(password, "grace@example.com", "Grace Hopper"), problem => problem.Contains(reason, StringComparison.Ordinal));

    [Fact]
    public void Overlong_and_empty_passwords_are_refused()
    {
        Assert.Contains(PasswordPolicy.Check(new string('a', 100) + "B1!" + new string('c', 30)), p => p.Contains("at most 128", StringComparison.Ordinal));
        Assert.Equal(["Enter a password."], PasswordPolicy.Check(""));
    }

    [Theory]
    [InlineData("  Grace@Example.COM ", "grace@example.com")]
    [InlineData("first.last+fashion@studio.co.uk", "first.last+fashion@studio.co.uk")]
    public void Emails_are_trimmed_and_lower_cased(string input, string expected) =>
        Assert.Equal(expected, AccountFields.NormalizeEmail(input, out _));

    [Theory]
    [InlineData("")]
    [InlineData("plainaddress")]
    [InlineData("Grace Hopper <grace@example.com>")]
    [InlineData("grace@localhost")]
    [InlineData("grace@example.com'; drop table users; --")]
    [InlineData("gr ace@example.com")]
    public void Invalid_emails_are_refused(string input)
    {
        Assert.Null(AccountFields.NormalizeEmail(input, out var problem));
        Assert.NotNull(problem);
    }

    [Theory]
    [InlineData("Grace  Hopper", "Grace Hopper")]
    [InlineData("Zoë O'Neill-Brontë", "Zoë O'Neill-Brontë")]
    [InlineData("山田 花子", "山田 花子")]
    public void Names_of_any_script_are_accepted(string input, string expected) =>
        Assert.Equal(expected, AccountFields.NormalizeDisplayName(input, out _));

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Robert'); DROP TABLE users;--")]
    [InlineData("💃 Dancer")]
    [InlineData("")]
    public void Names_with_markup_code_or_emoji_are_refused(string input) => Assert.Null(AccountFields.NormalizeDisplayName(input, out _));

    [Fact]
    public void Names_over_100_characters_are_refused() => Assert.Null(AccountFields.NormalizeDisplayName(new string('a', 101), out _));

    [Fact]
    public void Tokens_are_random_43_character_base64url_and_only_their_hash_is_kept()
    {
        var (first, firstHash) = SecureToken.Create();
        var (second, _) = SecureToken.Create();

        Assert.True(SecureToken.IsWellFormed(first));
        Assert.NotEqual(first, second);
        Assert.Equal(firstHash, SecureToken.Hash(first));
        Assert.Equal(32, firstHash.Length);
        Assert.False(SecureToken.IsWellFormed(first + "x"));
        Assert.False(SecureToken.IsWellFormed("' or 1=1 --                                 "));
    }

    [Fact]
    public void Emails_encode_what_a_person_typed()
    {
        var email = AccountEmails.Verify("a@example.com", "<b>Eve</b>", new Uri("http://web.test/account/verify?token=abc"));

        Assert.Contains("&lt;b&gt;Eve&lt;/b&gt;", email.Html);
        Assert.DoesNotContain("<b>Eve</b>", email.Html);
        Assert.Contains("http://web.test/account/verify?token=abc", email.Text);
    }
}
