import { appendFileSync } from 'node:fs';

/**
 * Figures a test measures on the way (start-up, first render, heap) for `npm run bench`
 * to print. Tests never judge them — a timing assertion flakes on a busy machine — they
 * only hand them on, one JSON line each, to the file named by GROWTH_LOG_PERFORMANCE_OUT.
 */
export interface PerformanceFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: 'ms' | 'MB';
}

export const PERFORMANCE_OUT_VARIABLE = 'GROWTH_LOG_PERFORMANCE_OUT';

export function recordFigure(figure: PerformanceFigure): void {
  const file = process.env[PERFORMANCE_OUT_VARIABLE];
  if (file) appendFileSync(file, `${JSON.stringify(figure)}\n`);
}
