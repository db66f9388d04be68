import { closestWord } from '../core/model/kindSpelling';
import { UsageError } from './cliError';
import { synopsisLines, usageLineOf } from './usage';

/**
 * A mistyped command or option named back with the one most likely meant (`ad` for
 * `add`, `--dat` for `--date`), in the words of the other usage errors rather than in
 * Node's own, which speak of positional arguments.
 */

/** How far a typed name may be from the one meant: one letter for a short name, two for a longer one. */
function typoLimit(word: string): number {
  return Math.min(2, Math.max(1, Math.floor(word.length / 2)));
}

export function unknownCommand(command: string): UsageError {
  const commands = synopsisLines().map((line) => line.split(' ')[1] ?? '');
  const guess = closestWord(command, commands, typoLimit(command));
  return new UsageError(
    guess ? `unknown command "${command}": did you mean ${guess}?` : `unknown command "${command}"`,
  );
}

/**
 * What the parser refused, as a usage error: an unknown option with the nearest option
 * of the command called (else of any command), an option without its value, or else the
 * parser's own message.
 */
export function argumentMistake(error: unknown, args: readonly string[], known: readonly string[]): UsageError {
  const { code, message } = error as { code?: string; message: string };
  const named = /'(--?[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && named) return unknownOption(named, args, known);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && named && /argument missing/.test(message))
    return new UsageError(`${named} needs a value`);
  return new UsageError(message);
}

function unknownOption(option: string, args: readonly string[], known: readonly string[]): UsageError {
  const word = option.replace(/^-+/, '');
  const ofCommand = [...(usageLineOf(args)?.matchAll(/--([a-z-]+)/g) ?? [])].map((match) => match[1] ?? '');
  const guess = closestWord(word, ofCommand, typoLimit(word)) ?? closestWord(word, known, typoLimit(word));
  return new UsageError(guess ? `unknown option ${option}: did you mean --${guess}?` : `unknown option ${option}`);
}
