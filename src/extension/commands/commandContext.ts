import type { LogService } from '../logService';
import type { Prompts } from '../prompts';

/** What every command needs from the running extension. */
export interface CommandContext {
  readonly logs: LogService;
  readonly prompts: Prompts;
  /** The current time; a function so that nothing caches "now". */
  readonly now: () => Date;
}
