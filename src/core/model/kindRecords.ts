import type { KindCatalogue } from './kindCatalogue';
import type { KindRecord, LogFile, Moment } from './schema';
import type { KindDefinition } from './taxonomy';

/**
 * What is needed to read the log lives in the log: when a moment of a kind of the user's
 * own is written, the kind's definition is recorded in the log's `kinds`, so the command
 * line and another machine name it and count it as the editor does.
 */

/**
 * `log` with the definition of each of the user's own kinds its moments use recorded, as
 * `kinds` defines them now; `log` itself when every one is recorded as it is already (so
 * an append stays an append). A recorded kind the catalogue does not know is kept.
 */
export function recordKindsUsed(log: LogFile, kinds: KindCatalogue): LogFile {
  return recordKinds(log, customKindsOf(log.moments, kinds));
}

/** The definitions of the user's own kinds that `moments` use, each once. */
function customKindsOf(moments: readonly Moment[], kinds: KindCatalogue): KindDefinition[] {
  const used = new Map<string, KindDefinition | undefined>();
  for (const moment of moments) {
    if (!used.has(moment.kind)) used.set(moment.kind, kinds.custom(moment.kind));
  }
  return [...used.values()].filter((kind) => kind !== undefined);
}

/** `log` with each of `definitions` in its `kinds`, added or brought up to date; `log` itself when nothing changes. */
export function recordKinds(log: LogFile, definitions: readonly (KindDefinition | KindRecord)[]): LogFile {
  const recorded = log.kinds ?? [];
  let next: KindRecord[] | undefined;
  for (const definition of definitions) {
    const record = kindRecordOf(definition);
    const index = (next ?? recorded).findIndex((entry) => entry.id === record.id);
    const existing = (next ?? recorded)[index];
    if (existing && sameDefinition(existing, record)) continue;
    next ??= [...recorded];
    // Fields this version does not know stay with the kind.
    if (existing) next[index] = { ...existing, ...record };
    else next.push(record);
  }
  return next ? { ...log, kinds: next } : log;
}

function kindRecordOf(definition: KindDefinition | KindRecord): KindRecord {
  const record: KindRecord = { id: definition.id, label: definition.label };
  if (definition.competencies && definition.competencies.length > 0) record.competencies = [...definition.competencies];
  if (definition.icon) record.icon = definition.icon;
  if (definition.description) record.description = definition.description;
  return record;
}

function sameDefinition(a: KindRecord, b: KindRecord): boolean {
  return (
    a.label === b.label &&
    a.icon === b.icon &&
    (a.description ?? '') === (b.description ?? '') &&
    (a.competencies ?? []).join('\n') === (b.competencies ?? []).join('\n')
  );
}
