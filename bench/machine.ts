import { cpus, totalmem } from 'node:os';
import { VERSION } from '../src/version.js';
import { round } from './stats.js';

/** What every benchmark result records about the run: when, which version, on what machine. */
export function machineMeta(): { date: string; quellenlage: string; node: string; platform: string; cpu: string; cores: number; totalMemGiB: number } {
  const cpu = cpus();
  return {
    date: new Date().toISOString(),
    quellenlage: VERSION,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    totalMemGiB: round(totalmem() / 2 ** 30, 1),
  };
}
