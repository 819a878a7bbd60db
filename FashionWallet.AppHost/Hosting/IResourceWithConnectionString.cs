namespace FashionWallet.AppHost.Hosting;

/// <summary>A resource that services reach through <c>ConnectionStrings__{ConnectionName}</c>.</summary>
public interface IResourceWithConnectionString
{
    string ConnectionName { get; }

    string ConnectionString { get; }
}
