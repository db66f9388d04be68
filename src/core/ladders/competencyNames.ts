import { COMPETENCIES, type CompetencyId } from '../model/taxonomy';

/**
 * The competencies as a ladder file names them: by id (`team-development`) or by English
 * name (`Team development`), without regard to case. English, not the display language:
 * a company's ladder is one file shared by people whose editors speak different languages.
 * A unit test holds these names to the taxonomy's own English labels.
 */
export const ENGLISH_COMPETENCY_NAMES: Readonly<Record<CompetencyId, string>> = {
  'team-development': 'Team development',
  'technical-leadership': 'Technical leadership',
  delegation: 'Delegation',
  communication: 'Communication & influence',
  'decision-making': 'Decision-making & problem-solving',
  'strategic-vision': 'Strategic vision',
  'business-acumen': 'Business acumen',
  'emotional-intelligence': 'Emotional intelligence',
  ownership: 'Ownership',
  adaptability: 'Adaptability',
  'continuous-learning': 'Continuous learning',
  'technical-depth': 'Technical depth',
};

function wordKey(word: string): string {
  return word.trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** The competency a ladder file's word names, or undefined. */
export function competencyNamed(word: string): CompetencyId | undefined {
  const key = wordKey(word);
  return COMPETENCIES.find(
    (competency) => competency.id === key || wordKey(ENGLISH_COMPETENCY_NAMES[competency.id]) === key,
  )?.id;
}

/** What a message offers instead of a word that names no competency. */
export function competencyChoices(): string {
  return COMPETENCIES.map((competency) => competency.id).join(', ');
}
