namespace FashionWallet.AppHost.Hosting;

/// <summary>The AppHost cannot go on; the message says what happened and what to do, for a person at a terminal.</summary>
public sealed class AppHostException(string message, Exception? inner = null) : Exception(message, inner);
