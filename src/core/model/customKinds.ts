import * as l10n from '@vscode/l10n';
import * as z from 'zod/mini';
import { CODICON_NAME_PATTERN, FALLBACK_CODICON, NON_BLANK_PATTERN } from '../../shared/patterns';
import { MAX_KIND_LABEL_LENGTH } from '../../shared/settingDefaults';
import { kindIdSchema } from './schema';
import { BUILT_IN_KINDS, COMPETENCY_IDS, type KindDefinition } from './taxonomy';

/**
 * The user's own kinds of moment, from the `growthLog.kinds` setting: say "hiring" or
 * "incident command", each with the competencies it is evidence for. An entry that does
 * not fit is left out and named, with where and why, so one typo does not take the
 * others with it.
 */

const customKindSchema = z.object({
  id: kindIdSchema,
  label: z
    .string()
    .check(
      z.regex(NON_BLANK_PATTERN, { error: () => l10n.t('must not be blank') }),
      z.maxLength(MAX_KIND_LABEL_LENGTH),
    ),
  competencies: z.optional(z.array(z.enum(COMPETENCY_IDS))),
  icon: z.optional(
    z.string().check(
      z.regex(CODICON_NAME_PATTERN, {
        error: () => l10n.t('is a codicon name such as "organization", without $(…)'),
      }),
    ),
  ),
  description: z.optional(z.string()),
});

export interface CustomKinds {
  readonly kinds: readonly KindDefinition[];
  /** One line per entry left out: `growthLog.kinds[1].id: …`. */
  readonly problems: readonly string[];
}

export function parseCustomKinds(raw: unknown, setting = 'growthLog.kinds'): CustomKinds {
  if (raw === undefined || raw === null) return { kinds: [], problems: [] };
  if (!Array.isArray(raw)) return { kinds: [], problems: [l10n.t('{0}: must be a list of kinds', setting)] };
  const kinds: KindDefinition[] = [];
  const problems: string[] = [];
  raw.forEach((entry, index) => {
    const where = `${setting}[${index}]`;
    const parsed = customKindSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push(
        `${where}${issue?.path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${String(segment)}`)).join('') ?? ''}: ${issue?.message ?? l10n.t('does not fit')}`,
      );
      return;
    }
    const { id, label, competencies = [], icon = FALLBACK_CODICON, description = '' } = parsed.data;
    if (BUILT_IN_KINDS.some((kind) => kind.id === id))
      problems.push(l10n.t('{0}.id: "{1}" is a built-in kind; choose another id', where, id));
    else if (kinds.some((kind) => kind.id === id))
      problems.push(l10n.t('{0}.id: "{1}" is already defined above', where, id));
    else kinds.push({ id, label: label.trim(), competencies, icon, description });
  });
  return { kinds, problems };
}
