/** A database that cannot be opened, read or written, said in one line (exit code 1, no stack trace). */
export class StoreError extends Error {
  override name = 'StoreError';
}
