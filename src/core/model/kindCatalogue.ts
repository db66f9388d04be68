import { CODICON_NAME_PATTERN, FALLBACK_CODICON } from '../../shared/patterns';
import type { KindRecord, LogFile, Moment } from './schema';
import { BUILT_IN_KINDS, COMPETENCY_IDS, type CompetencyId, type KindDefinition } from './taxonomy';

/**
 * The kinds of moment a log is read with: the built-in ones, then the user's own (the
 * `growthLog.kinds` setting, validated by customKinds.ts). Whoever shows kinds holds one
 * and passes it on: the extension keeps one in step with the setting, the command line
 * reads the definitions the log records (`kinds`), and a test builds the one it needs.
 */
export class KindCatalogue {
  private byId: ReadonlyMap<string, KindDefinition> = new Map();
  private customIds: ReadonlySet<string> = new Set();

  constructor(custom: readonly KindDefinition[] = []) {
    this.replaceCustomKinds(custom);
  }

  /** The built-in kinds and the user's own kinds as `log` records them. */
  static ofLog(log: Pick<LogFile, 'kinds'>): KindCatalogue {
    return new KindCatalogue((log.kinds ?? []).map(kindDefinitionOf));
  }

  /**
   * This catalogue, with the kinds `log` records (from another machine, say) for those
   * of the user's own it does not define; its own definitions win. Itself when the log
   * records none it lacks.
   */
  withKindsOf(log: Pick<LogFile, 'kinds'>): KindCatalogue {
    const missing = (log.kinds ?? []).filter((kind) => !this.byId.has(kind.id));
    if (missing.length === 0) return this;
    const own = [...this.customIds].map((id) => this.byId.get(id) as KindDefinition);
    return new KindCatalogue([...own, ...missing.map(kindDefinitionOf)]);
  }

  /** Puts `custom` in place of the user's kinds given before; the built-in kinds stay. */
  replaceCustomKinds(custom: readonly KindDefinition[]): void {
    const builtIn = new Set<string>(BUILT_IN_KINDS.map((kind) => kind.id));
    const own = custom.filter((kind) => !builtIn.has(kind.id));
    this.byId = new Map([...BUILT_IN_KINDS, ...own].map((kind) => [kind.id, kind]));
    this.customIds = new Set(own.map((kind) => kind.id));
  }

  /** The built-in kinds, then the user's own. */
  all(): readonly KindDefinition[] {
    return [...this.byId.values()];
  }

  /** The definition of one of the user's own kinds; undefined for a built-in or unknown kind. */
  custom(kindId: string): KindDefinition | undefined {
    return this.customIds.has(kindId) ? this.byId.get(kindId) : undefined;
  }

  /**
   * The definition of a kind id. A log may hold kinds this catalogue does not know (added
   * by a user, or by a newer version); they are kept, shown under their own id, and count
   * toward no competency.
   */
  describe(kindId: string): KindDefinition {
    return (
      this.byId.get(kindId) ?? { id: kindId, label: kindId, description: '', competencies: [], icon: FALLBACK_CODICON }
    );
  }
}

/** A kind as the log records it, read as a definition: competencies and icons this version does not know are left out. */
export function kindDefinitionOf(record: KindRecord): KindDefinition {
  return {
    id: record.id,
    label: record.label.trim(),
    description: record.description ?? '',
    competencies: (record.competencies ?? []).filter(isCompetencyId),
    icon: record.icon !== undefined && CODICON_NAME_PATTERN.test(record.icon) ? record.icon : FALLBACK_CODICON,
  };
}

/**
 * The competencies `moment` is evidence for: first the one chosen when logging
 * (`competency`, e.g. what feedback received was about), when this version knows it, as
 * it says what this moment in particular was about; then its kind's. Every view that
 * counts or groups by competency reads them here, so a chosen competency counts alike in
 * the sidebar, the gaps, the documents, the colleagues and the ladder.
 */
export function momentCompetencies(
  moment: Pick<Moment, 'kind' | 'competency'>,
  kinds: KindCatalogue,
): readonly CompetencyId[] {
  const ofKind = kinds.describe(moment.kind).competencies;
  const chosen = moment.competency;
  if (chosen === undefined || !isCompetencyId(chosen)) return ofKind;
  return [chosen, ...ofKind.filter((competency) => competency !== chosen)];
}

/**
 * One string per kind and chosen competency: moments with the same key have the same
 * competencies, so a loop over thousands of moments works out what follows from them once per key.
 */
export function momentCompetencyKey(moment: Pick<Moment, 'kind' | 'competency'>): string {
  return moment.competency === undefined ? moment.kind : `${moment.kind}\n${moment.competency}`;
}

/** Whether `id` names a competency this version knows. */
export function isCompetencyId(id: string): id is CompetencyId {
  return (COMPETENCY_IDS as readonly string[]).includes(id);
}
