import * as l10n from '@vscode/l10n';
import type { TrackId } from '../../shared/enums';

/**
 * The built-in signal taxonomy: which kinds of moment exist, which competencies each
 * kind is evidence for, and the two career tracks. Data only, so the sidebar, the brag
 * document and the tests all read the same table.
 *
 * Labels are getters, translated when read rather than once when the module loads, so
 * they are in whatever language bundle is in force when shown: nothing depends on a host
 * loading the bundle before the code (VS Code does; plain Node, the tests, need not).
 */

export const COMPETENCIES = [
  {
    id: 'team-development',
    get label() {
      return l10n.t('Team development');
    },
  },
  {
    id: 'technical-leadership',
    get label() {
      return l10n.t('Technical leadership');
    },
  },
  {
    id: 'delegation',
    get label() {
      return l10n.t('Delegation');
    },
  },
  {
    id: 'communication',
    get label() {
      return l10n.t('Communication & influence');
    },
  },
  {
    id: 'decision-making',
    get label() {
      return l10n.t('Decision-making & problem-solving');
    },
  },
  {
    id: 'strategic-vision',
    get label() {
      return l10n.t('Strategic vision');
    },
  },
  {
    id: 'business-acumen',
    get label() {
      return l10n.t('Business acumen');
    },
  },
  {
    id: 'emotional-intelligence',
    get label() {
      return l10n.t('Emotional intelligence');
    },
  },
  {
    id: 'ownership',
    get label() {
      return l10n.t('Ownership');
    },
  },
  {
    id: 'adaptability',
    get label() {
      return l10n.t('Adaptability');
    },
  },
  {
    id: 'continuous-learning',
    get label() {
      return l10n.t('Continuous learning');
    },
  },
  {
    id: 'technical-depth',
    get label() {
      return l10n.t('Technical depth');
    },
  },
] as const;

export type CompetencyId = (typeof COMPETENCIES)[number]['id'];

export interface KindDefinition {
  readonly id: string;
  readonly label: string;
  /** What counts as this kind, shown as the hint when logging. */
  readonly description: string;
  readonly competencies: readonly CompetencyId[];
  /** A codicon name, without the `$(…)` wrapper. */
  readonly icon: string;
  /**
   * Whether logging asks which competency the moment was about (feedback received: the
   * feedback may be on anything), recorded as the moment's `competency`.
   */
  readonly asksCompetency?: boolean;
}

export const BUILT_IN_KINDS = [
  {
    id: 'mentoring',
    get label() {
      return l10n.t('Mentoring');
    },
    get description() {
      return l10n.t('Pairing, teaching, unblocking, career advice given');
    },
    competencies: ['team-development', 'communication'],
    icon: 'mortar-board',
  },
  {
    id: 'code-review',
    get label() {
      return l10n.t('Code Review');
    },
    get description() {
      return l10n.t('A review that taught, caught a design issue, or set a standard');
    },
    competencies: ['technical-leadership', 'communication'],
    icon: 'code-review',
  },
  {
    id: 'delegation',
    get label() {
      return l10n.t('Delegation');
    },
    get description() {
      return l10n.t('Handing ownership of a task or area to someone, with support');
    },
    competencies: ['delegation', 'team-development'],
    icon: 'person-add',
  },
  {
    id: 'communication',
    get label() {
      return l10n.t('Communication');
    },
    get description() {
      return l10n.t('Explaining to non-technical people, writing docs or RFCs, presenting');
    },
    competencies: ['communication'],
    icon: 'megaphone',
  },
  {
    id: 'decision',
    get label() {
      return l10n.t('Decision');
    },
    get description() {
      return l10n.t('A decision made or driven: an ADR, a trade-off call with incomplete information');
    },
    competencies: ['decision-making'],
    icon: 'law',
  },
  {
    id: 'strategy',
    get label() {
      return l10n.t('Strategy');
    },
    get description() {
      return l10n.t('Connecting work to the why: roadmap, prioritisation, business goals');
    },
    competencies: ['strategic-vision', 'business-acumen'],
    icon: 'compass',
  },
  {
    id: 'conflict',
    get label() {
      return l10n.t('Conflict');
    },
    get description() {
      return l10n.t('Resolving disagreement, a difficult conversation, giving hard feedback');
    },
    competencies: ['emotional-intelligence'],
    icon: 'heart',
  },
  {
    id: 'initiative',
    get label() {
      return l10n.t('Initiative');
    },
    get description() {
      return l10n.t('Volunteering to lead a project, expanding responsibility, owning an incident');
    },
    competencies: ['ownership', 'adaptability'],
    icon: 'rocket',
  },
  {
    id: 'networking',
    get label() {
      return l10n.t('Networking');
    },
    get description() {
      return l10n.t('Visibility beyond the team: cross-team work, coffee with leaders, talks');
    },
    competencies: ['communication'],
    icon: 'organization',
  },
  {
    id: 'learning',
    get label() {
      return l10n.t('Learning');
    },
    get description() {
      return l10n.t('Leadership training, books, a course, mentorship received');
    },
    competencies: ['continuous-learning'],
    icon: 'book',
  },
  {
    id: 'craft',
    get label() {
      return l10n.t('Craft');
    },
    get description() {
      return l10n.t('Hands-on work: a design, a hard debugging session, a build you are proud of');
    },
    // Depth first; a design or a hard bug is also problem-solving, which the taxonomy files with decisions.
    competencies: ['technical-depth', 'decision-making'],
    icon: 'tools',
  },
  {
    id: 'feedback-received',
    get label() {
      return l10n.t('Feedback Received');
    },
    get description() {
      return l10n.t('Feedback you asked for and got, from the team or from above');
    },
    // Seeking feedback is learning; what it was about is chosen when logging (`competency`),
    // so the kind itself claims no more and a moment counts only where the feedback was.
    competencies: ['continuous-learning'],
    icon: 'feedback',
    asksCompetency: true,
  },
] as const satisfies readonly KindDefinition[];

export type BuiltInKindId = (typeof BUILT_IN_KINDS)[number]['id'];

export const TRACKS = [
  {
    id: 'management',
    get label() {
      return l10n.t('Management');
    },
    get ladder() {
      return [l10n.t('Technical Expert'), l10n.t('Team Lead'), l10n.t('Leader')];
    },
    get description() {
      return l10n.t('Growing into people leadership: delegation and people development weigh more.');
    },
  },
  {
    id: 'staff-ic',
    get label() {
      return l10n.t('Staff / Principal IC');
    },
    get ladder() {
      return [l10n.t('Senior'), l10n.t('Staff'), l10n.t('Principal')];
    },
    get description() {
      return l10n.t(
        'Deepening on the technical track: mentoring, leading initiatives, knowledge sharing and hands-on craft weigh more; people management less.',
      );
    },
  },
] as const satisfies readonly {
  readonly id: TrackId;
  readonly label: string;
  readonly ladder: readonly string[];
  readonly description: string;
}[];

export function competencyLabel(id: CompetencyId): string {
  return COMPETENCIES.find((competency) => competency.id === id)?.label ?? id;
}

export const COMPETENCY_IDS = COMPETENCIES.map((competency) => competency.id) as [CompetencyId, ...CompetencyId[]];
