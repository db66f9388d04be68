import { FALLBACK_CODICON } from '../../shared/patterns';
import { BUILT_IN_KINDS, type KindDefinition } from './taxonomy';

/**
 * The kinds of moment a log is read with: the built-in ones, then the user's own (the
 * `growthLog.kinds` setting, validated by customKinds.ts). Whoever shows kinds holds one
 * and passes it on: the extension keeps one in step with the setting, the command line
 * uses the built-in kinds, and a test builds the one it needs.
 */
export class KindCatalogue {
  private byId: ReadonlyMap<string, KindDefinition> = new Map();

  constructor(custom: readonly KindDefinition[] = []) {
    this.replaceCustomKinds(custom);
  }

  /** Puts `custom` in place of the user's kinds given before; the built-in kinds stay. */
  replaceCustomKinds(custom: readonly KindDefinition[]): void {
    this.byId = new Map([...BUILT_IN_KINDS, ...custom].map((kind) => [kind.id, kind]));
  }

  /** The built-in kinds, then the user's own. */
  all(): readonly KindDefinition[] {
    return [...this.byId.values()];
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
