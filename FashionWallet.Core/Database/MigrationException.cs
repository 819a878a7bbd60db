namespace FashionWallet.Database;

/// <summary>Start-up must stop: the schema cannot be brought to what this build expects.</summary>
public sealed class MigrationException(string message, Exception? inner = null) : Exception(message, inner);
