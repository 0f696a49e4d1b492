// Command-line errors: one line on stderr saying what is wrong and with which file, and a
// non-zero exit, never a stack trace. BACKSTORY_DEBUG=1 shows the trace of an unexpected error.

/** A problem with the user's input, worded for them: "<file>: <what is wrong>". */
export class CliError extends Error {}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The one line printed for an error: a CliError as it is, anything else prefixed with where. */
export function describeError(error: unknown, where?: string): string {
  const message = oneLine(error instanceof Error ? error.message : String(error));
  if (error instanceof CliError || !where) return message;
  return `${where}: ${message}`;
}

/** Runs a command's main; any error ends it with one line on stderr and exit status 1. */
export async function runCli(main: () => Promise<void> | void): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (process.env.BACKSTORY_DEBUG && error instanceof Error) console.error(error.stack);
    console.error(describeError(error, 'error'));
    process.exitCode = 1;
  }
}
