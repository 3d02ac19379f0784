import { InputError } from '../ingest/decode.js';
import { StoreError } from '../store/errors.js';

/** A mistake in how the command was called (bad option value, missing input): exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Prints one line for an error and returns the exit code; a stack trace only with QUELLENLAGE_DEBUG=1. */
export function reportError(err: unknown): number {
  if (err instanceof UsageError) {
    process.stderr.write(`quellenlage: ${err.message} (see quellenlage --help)\n`);
    return EXIT_USAGE;
  }
  if (err instanceof InputError || err instanceof StoreError) {
    process.stderr.write(`quellenlage: ${err.message}\n`);
    return EXIT_FAILURE;
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`quellenlage: internal error: ${message.split('\n')[0]} (set QUELLENLAGE_DEBUG=1 for details)\n`);
  if (process.env['QUELLENLAGE_DEBUG'] && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
  return EXIT_FAILURE;
}
