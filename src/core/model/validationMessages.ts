import * as l10n from '@vscode/l10n';
import type * as z from 'zod/mini';

/**
 * How a value that does not fit a schema is described to the user, in their language.
 * zod words its problems only once given an error map; ours covers what the log file,
 * the settings and the sidebar's messages can get wrong, in words a person editing a
 * JSON file by hand understands. Schemas still give their own message where they know
 * better ("must not be blank").
 */
export function issueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return l10n.t('is missing; expected {0}', typeName(issue.expected));
      // "found a number" would puzzle next to "expected a whole number": show which.
      if (typeof issue.input === 'number')
        return l10n.t('expected {0}, found {1}', typeName(issue.expected), String(issue.input));
      return l10n.t('expected {0}, found {1}', typeName(issue.expected), typeName(typeOf(issue.input)));
    case 'invalid_value':
      return issue.values.length === 1
        ? l10n.t('must be {0}', JSON.stringify(issue.values[0]))
        : l10n.t('must be one of {0}', issue.values.map((value) => JSON.stringify(value)).join(', '));
    case 'too_small':
      return bound(issue.origin, issue.inclusive !== false, Number(issue.minimum), 'minimum');
    case 'too_big':
      return bound(issue.origin, issue.inclusive !== false, Number(issue.maximum), 'maximum');
    case 'invalid_format':
      return formatProblem(issue.format, issue.pattern);
    case 'unrecognized_keys':
      return l10n.t('unknown fields: {0}', issue.keys.join(', '));
    default:
      return l10n.t('is not valid here');
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function typeName(type: string): string {
  switch (type) {
    case 'string':
      return l10n.t('text');
    case 'number':
      return l10n.t('a number');
    case 'int':
      return l10n.t('a whole number');
    case 'boolean':
      return l10n.t('true or false');
    case 'array':
      return l10n.t('a list');
    case 'object':
      return l10n.t('an object');
    case 'null':
      return l10n.t('null');
    default:
      return type;
  }
}

function bound(origin: string, inclusive: boolean, limit: number, side: 'minimum' | 'maximum'): string {
  if (origin === 'string')
    return side === 'minimum'
      ? l10n.t('must be {0} characters or more', limit)
      : l10n.t('must be {0} characters or fewer', limit);
  if (origin === 'array')
    return side === 'minimum'
      ? l10n.t('must hold {0} items or more', limit)
      : l10n.t('must hold {0} items or fewer', limit);
  if (side === 'minimum')
    return inclusive ? l10n.t('must be {0} or more', limit) : l10n.t('must be more than {0}', limit);
  return inclusive ? l10n.t('must be {0} or less', limit) : l10n.t('must be less than {0}', limit);
}

function formatProblem(format: string, pattern: string | undefined): string {
  switch (format) {
    case 'datetime':
      return l10n.t('must be an ISO 8601 time with a time zone, such as {0}', '2026-11-20T14:03:00.000Z');
    case 'url':
      return l10n.t('must be a web address (URL)');
    case 'regex':
      return l10n.t('must match the pattern {0}', pattern ?? '');
    default:
      return l10n.t('is not a valid {0}', format);
  }
}
