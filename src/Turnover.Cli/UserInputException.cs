namespace Turnover.Cli;

/// <summary>A wrong argument or missing file: reported as one line, never as a stack trace.</summary>
internal sealed class UserInputException(string message) : Exception(message);
