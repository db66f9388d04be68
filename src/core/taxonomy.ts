/**
 * The built-in signal taxonomy: which kinds of moment exist, which competencies each
 * kind is evidence for, and the two career tracks. Data only, so the sidebar, the brag
 * document and the tests all read the same table.
 */

export const COMPETENCIES = [
  { id: 'team-development', label: 'Team development' },
  { id: 'technical-leadership', label: 'Technical leadership' },
  { id: 'delegation', label: 'Delegation' },
  { id: 'communication', label: 'Communication & influence' },
  { id: 'decision-making', label: 'Decision-making & problem-solving' },
  { id: 'strategic-vision', label: 'Strategic vision' },
  { id: 'business-acumen', label: 'Business acumen' },
  { id: 'emotional-intelligence', label: 'Emotional intelligence' },
  { id: 'ownership', label: 'Ownership' },
  { id: 'adaptability', label: 'Adaptability' },
  { id: 'continuous-learning', label: 'Continuous learning' },
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
}

export const BUILT_IN_KINDS = [
  {
    id: 'mentoring',
    label: 'Mentoring',
    description: 'Pairing, teaching, unblocking, career advice given',
    competencies: ['team-development', 'communication'],
    icon: 'mortar-board',
  },
  {
    id: 'code-review',
    label: 'Code review',
    description: 'A review that taught, caught a design issue, or set a standard',
    competencies: ['technical-leadership', 'communication'],
    icon: 'code-review',
  },
  {
    id: 'delegation',
    label: 'Delegation',
    description: 'Handing ownership of a task or area to someone, with support',
    competencies: ['delegation', 'team-development'],
    icon: 'person-add',
  },
  {
    id: 'communication',
    label: 'Communication',
    description: 'Explaining to non-technical people, writing docs or RFCs, presenting',
    competencies: ['communication'],
    icon: 'megaphone',
  },
  {
    id: 'decision',
    label: 'Decision',
    description: 'A decision made or driven: an ADR, a trade-off call with incomplete information',
    competencies: ['decision-making'],
    icon: 'law',
  },
  {
    id: 'strategy',
    label: 'Strategy',
    description: 'Connecting work to the why: roadmap, prioritisation, business goals',
    competencies: ['strategic-vision', 'business-acumen'],
    icon: 'compass',
  },
  {
    id: 'conflict',
    label: 'Conflict',
    description: 'Resolving disagreement, a difficult conversation, giving hard feedback',
    competencies: ['emotional-intelligence'],
    icon: 'heart',
  },
  {
    id: 'initiative',
    label: 'Initiative',
    description: 'Volunteering to lead a project, expanding responsibility, owning an incident',
    competencies: ['ownership', 'adaptability'],
    icon: 'rocket',
  },
  {
    id: 'networking',
    label: 'Networking',
    description: 'Visibility beyond the team: cross-team work, coffee with leaders, talks',
    competencies: ['communication'],
    icon: 'organization',
  },
  {
    id: 'learning',
    label: 'Learning',
    description: 'Leadership training, books, feedback or mentorship received',
    competencies: ['continuous-learning'],
    icon: 'book',
  },
] as const satisfies readonly KindDefinition[];

export type BuiltInKindId = (typeof BUILT_IN_KINDS)[number]['id'];

export const TRACKS = [
  {
    id: 'management',
    label: 'Management',
    ladder: ['Technical Expert', 'Team Lead', 'Leader'],
    description: 'Growing into people leadership: delegation and people development weigh more.',
  },
  {
    id: 'staff-ic',
    label: 'Staff / Principal IC',
    ladder: ['Senior', 'Staff', 'Principal'],
    description: 'Deepening on the technical track: mentoring, leading initiatives and knowledge sharing weigh more; people management less.',
  },
] as const;

export type TrackId = (typeof TRACKS)[number]['id'];

let kindsById: ReadonlyMap<string, KindDefinition> = new Map(BUILT_IN_KINDS.map((kind) => [kind.id, kind]));

/**
 * Adds the user's own kinds (the `growthLog.kinds` setting, validated by customKinds.ts)
 * to the built-in ones, replacing any given before. One table for the whole process: the
 * extension calls this whenever the setting changes, before anything is redrawn.
 */
export function useCustomKinds(custom: readonly KindDefinition[]): void {
  kindsById = new Map([...BUILT_IN_KINDS, ...custom].map((kind) => [kind.id, kind]));
}

/** The built-in kinds, then the user's own. */
export function allKinds(): readonly KindDefinition[] {
  return [...kindsById.values()];
}

/**
 * The definition of a kind id. A log may hold kinds this build does not know (added by
 * a user, or by a newer version); they are kept, shown under their own id, and count
 * toward no competency.
 */
export function describeKind(kindId: string): KindDefinition {
  return kindsById.get(kindId) ?? { id: kindId, label: kindId, description: '', competencies: [], icon: 'circle-outline' };
}

export function competencyLabel(id: CompetencyId): string {
  return COMPETENCIES.find((competency) => competency.id === id)?.label ?? id;
}

export const COMPETENCY_IDS = COMPETENCIES.map((competency) => competency.id) as [CompetencyId, ...CompetencyId[]];

export const TRACK_IDS = TRACKS.map((track) => track.id) as [TrackId, ...TrackId[]];
