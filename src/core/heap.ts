import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past what is alive before the next full collection, in per cent. V8's own
 * choice goes up to 300 % on a machine with a large heap limit: a big document's analysis (a few hundred MB
 * alive for a few seconds) then held two to four times that. 25 % costs a few more collections (measured in
 * bench/big-docs.ts) and keeps the peak near what is alive.
 */
export const HEAP_GROWING_PERCENT = 25;

/** Caps the heap's growth (process-wide: worker threads share it). The CLI calls it once at start. */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
