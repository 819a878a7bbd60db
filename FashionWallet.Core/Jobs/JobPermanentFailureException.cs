namespace FashionWallet.Jobs;

/// <summary>
/// Thrown by a job handler when trying again cannot help (bad input, no person in the photo): the job
/// goes straight to failed, and the message is shown to the person, so write it for them.
/// </summary>
public sealed class JobPermanentFailureException(string message, Exception? inner = null) : Exception(message, inner);
