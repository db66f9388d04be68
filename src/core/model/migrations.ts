import { CURRENT_LOG_VERSION } from './schema';

/**
 * How a log written by an older Growth Log becomes the current format. `MIGRATIONS[n]`
 * turns a version-n file into version n+1; reading applies the steps in order, and the
 * next write saves the result. Version 1 is the first format, so the table is empty.
 */
export type Migration = (log: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export function migrateToCurrent(
  value: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target = CURRENT_LOG_VERSION,
): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  let log = value as Record<string, unknown>;
  while (typeof log.version === 'number' && Number.isInteger(log.version) && log.version < target) {
    const step = migrations[log.version];
    if (!step) return log; // no way forward: validation will say what is wrong
    log = { ...step(log), version: log.version + 1 };
  }
  return log;
}
