using System.Net;
using FashionWallet.Tests.Infrastructure;

namespace FashionWallet.Tests.Accounts;

/// <summary>Outside Development the dev mailbox is for admins only, and the API refuses to start without real secrets.</summary>
public sealed class ProductionAccessTests(ProductionAccessTests.Factory api) : IClassFixture<ProductionAccessTests.Factory>
{
    public sealed class Factory(PostgresFixture postgres) : ApiFactory(postgres)
    {
        protected override string Environment => "Production";
    }

    [Fact]
    public async Task The_dev_mailbox_is_for_admins_only_in_production()
    {
        var designer = await api.SignUpAsync(ApiFactory.UniqueEmail("prod"));
        var admin = await api.SignUpAsync(ApiFactory.AdminEmail, "Ada Admin");

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Client().GetAsync("/api/dev/mailbox", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Client(designer.AccessToken).GetAsync("/api/dev/mailbox", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Client(admin.AccessToken).GetAsync("/api/dev/mailbox", TestContext.Current.CancellationToken)).StatusCode);
    }
}
