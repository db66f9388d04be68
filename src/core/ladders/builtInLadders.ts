import * as l10n from '@vscode/l10n';
import type { TrackId } from '../../shared/enums';
import { type CompetencyId, TRACKS } from '../model/taxonomy';
import type { Expectation, Ladder, LadderLevel } from './ladder';

/**
 * The built-in ladders, one per track, written from the path the product is built around:
 * from Technical Expert to Team Lead to Leader, or staying technical from Senior to Staff
 * to Principal. Each level asks 8 or 9 things a reviewer would recognise, together naming
 * every competency, so the readiness of any level can draw on every kind of moment.
 *
 * Ids are written out (`staff.leads-initiatives`) and never change once released: moments
 * link to them. Texts are getters, translated when read, as in taxonomy.ts.
 */

/** The headings expectations are grouped under. */
const AREAS = {
  technical: () => l10n.t('Technical direction'),
  people: () => l10n.t('People'),
  delivery: () => l10n.t('Delivery'),
  communication: () => l10n.t('Communication'),
  strategy: () => l10n.t('Strategy'),
  growth: () => l10n.t('Growth'),
} as const;

type Area = keyof typeof AREAS;

/** One expectation whose level, area and text are read in the display language when shown. */
function expectation(
  id: string,
  level: () => string,
  area: Area,
  text: () => string,
  competencies: readonly CompetencyId[],
): Expectation {
  return {
    id,
    get level() {
      return level();
    },
    get area() {
      return AREAS[area]();
    },
    get text() {
      return text();
    },
    competencies,
  };
}

function level(name: () => string, expectations: readonly Expectation[]): LadderLevel {
  return {
    get name() {
      return name();
    },
    expectations,
  };
}

function managementLadder(): Ladder {
  const expert = () => l10n.t('Technical Expert');
  const lead = () => l10n.t('Team Lead');
  const leader = () => l10n.t('Leader');
  return {
    get name() {
      return trackLabel('management');
    },
    levels: [
      level(expert, [
        expectation(
          'technical-expert.reviews-that-teach',
          expert,
          'technical',
          () => l10n.t('Reviews code in a way that teaches: design problems caught early and the why explained.'),
          ['technical-leadership', 'communication'],
        ),
        expectation(
          'technical-expert.deep-in-the-systems',
          expert,
          'technical',
          () =>
            l10n.t(
              "Knows the team's systems in depth: finds the root cause of the hardest bugs and builds the hard parts.",
            ),
          ['technical-depth'],
        ),
        expectation(
          'technical-expert.unblocks-others',
          expert,
          'people',
          () => l10n.t('Unblocks teammates and pairs with newer engineers until they can carry on alone.'),
          ['team-development'],
        ),
        expectation(
          'technical-expert.owns-features',
          expert,
          'delivery',
          () => l10n.t('Owns features end to end, making the design calls and seeing them through rollout.'),
          ['ownership', 'decision-making'],
        ),
        expectation(
          'technical-expert.hands-off-tasks',
          expert,
          'delivery',
          () => l10n.t('Hands well-scoped tasks to others and stays available, rather than doing everything alone.'),
          ['delegation'],
        ),
        expectation(
          'technical-expert.explains-trade-offs',
          expert,
          'communication',
          () => l10n.t('Explains technical trade-offs to people outside engineering in plain words and in writing.'),
          ['communication', 'business-acumen'],
        ),
        expectation(
          'technical-expert.feedback-with-care',
          expert,
          'people',
          () => l10n.t('Gives and takes feedback calmly, and notices when a teammate is struggling.'),
          ['emotional-intelligence'],
        ),
        expectation(
          'technical-expert.knows-why',
          expert,
          'strategy',
          () =>
            l10n.t(
              "Knows why the team's current work matters to the business and weighs it when choosing what to build.",
            ),
          ['strategic-vision', 'business-acumen'],
        ),
        expectation(
          'technical-expert.learns-to-lead',
          expert,
          'growth',
          () => l10n.t('Seeks feedback and learning on leading others, and adjusts when plans or priorities change.'),
          ['continuous-learning', 'adaptability'],
        ),
      ]),
      level(lead, [
        expectation(
          'team-lead.grows-each-person',
          lead,
          'people',
          () =>
            l10n.t(
              'Grows each person on the team through regular one-to-ones, stretch work and honest career conversations.',
            ),
          ['team-development', 'emotional-intelligence'],
        ),
        expectation(
          'team-lead.delegates-ownership',
          lead,
          'delivery',
          () => l10n.t('Delegates whole areas of ownership with clear outcomes and support, not just single tasks.'),
          ['delegation', 'team-development'],
        ),
        expectation(
          'team-lead.sets-technical-standards',
          lead,
          'technical',
          () => l10n.t("Sets the team's technical standards and design direction, and holds them through reviews."),
          ['technical-leadership'],
        ),
        expectation(
          'team-lead.stays-hands-on',
          lead,
          'technical',
          () => l10n.t('Stays hands-on enough to judge a design, question an estimate and help in an incident.'),
          ['technical-depth'],
        ),
        expectation(
          'team-lead.decides-and-records',
          lead,
          'delivery',
          () =>
            l10n.t('Makes timely calls on incomplete information and records them so others can follow the reasoning.'),
          ['decision-making', 'communication'],
        ),
        expectation(
          'team-lead.handles-conflict',
          lead,
          'people',
          () => l10n.t('Handles disagreement and hard conversations directly and fairly, before they fester.'),
          ['emotional-intelligence'],
        ),
        expectation(
          'team-lead.connects-roadmap',
          lead,
          'strategy',
          () =>
            l10n.t(
              "Connects the team's roadmap to business goals and explains the priorities to the team and to stakeholders.",
            ),
          ['strategic-vision', 'business-acumen', 'communication'],
        ),
        expectation(
          'team-lead.owns-delivery',
          lead,
          'delivery',
          () => l10n.t("Owns the team's delivery and its incidents, and changes the plan when reality changes."),
          ['ownership', 'adaptability'],
        ),
        expectation(
          'team-lead.keeps-learning',
          lead,
          'growth',
          () =>
            l10n.t('Keeps learning how to lead, from training, reading, and feedback from the team and from above.'),
          ['continuous-learning'],
        ),
      ]),
      level(leader, [
        expectation(
          'leader.builds-leaders',
          leader,
          'people',
          () => l10n.t('Builds leaders: develops leads and senior engineers who run their own areas without them.'),
          ['team-development', 'delegation'],
        ),
        expectation(
          'leader.sets-direction',
          leader,
          'strategy',
          () =>
            l10n.t("Sets a direction for several teams over several quarters and ties it to the company's strategy."),
          ['strategic-vision'],
        ),
        expectation(
          'leader.weighs-investment',
          leader,
          'strategy',
          () =>
            l10n.t(
              'Weighs cost, risk and return in technical investments and defends the trade-off to senior leadership.',
            ),
          ['business-acumen', 'decision-making'],
        ),
        expectation(
          'leader.shapes-architecture',
          leader,
          'technical',
          () => l10n.t('Shapes architecture across teams through principles and reviews, not by writing every design.'),
          ['technical-leadership', 'delegation'],
        ),
        expectation(
          'leader.keeps-technical-judgment',
          leader,
          'technical',
          () =>
            l10n.t(
              "Keeps the technical judgment to challenge a proposal or a vendor's claim, and knows whom to ask when it runs out.",
            ),
          ['technical-depth', 'decision-making'],
        ),
        expectation(
          'leader.influences-across',
          leader,
          'communication',
          () => l10n.t('Influences peers and senior leaders across the organisation, in writing and in the room.'),
          ['communication'],
        ),
        expectation(
          'leader.safe-to-disagree',
          leader,
          'people',
          () => l10n.t('Creates a climate where people raise problems early and disagree safely.'),
          ['emotional-intelligence'],
        ),
        expectation(
          'leader.leads-through-change',
          leader,
          'delivery',
          () =>
            l10n.t(
              'Owns outcomes across the organisation and leads teams through reorganisations and shifting priorities.',
            ),
          ['ownership', 'adaptability'],
        ),
        expectation(
          'leader.learns-in-public',
          leader,
          'growth',
          () => l10n.t('Learns in public: asks for feedback from above and below, and visibly acts on it.'),
          ['continuous-learning'],
        ),
      ]),
    ],
  };
}

function staffIcLadder(): Ladder {
  const senior = () => l10n.t('Senior');
  const staff = () => l10n.t('Staff');
  const principal = () => l10n.t('Principal');
  return {
    get name() {
      return trackLabel('staff-ic');
    },
    levels: [
      level(senior, [
        expectation(
          'senior.sets-the-bar',
          senior,
          'technical',
          () => l10n.t('Designs and reviews changes in their area to a standard others learn from.'),
          ['technical-leadership', 'communication'],
        ),
        expectation(
          'senior.deep-in-their-area',
          senior,
          'technical',
          () =>
            l10n.t(
              'Knows their area in depth: gets to the root cause of hard bugs and builds what others find too hard.',
            ),
          ['technical-depth'],
        ),
        expectation(
          'senior.mentors',
          senior,
          'people',
          () => l10n.t('Mentors newer engineers through pairing, reviews and unblocking.'),
          ['team-development'],
        ),
        expectation(
          'senior.owns-complex-work',
          senior,
          'delivery',
          () => l10n.t('Owns complex features from design to production, and follows up on what broke.'),
          ['ownership'],
        ),
        expectation(
          'senior.shares-the-work',
          senior,
          'delivery',
          () => l10n.t('Breaks large work into pieces and hands some to teammates instead of carrying it alone.'),
          ['delegation'],
        ),
        expectation(
          'senior.sound-decisions',
          senior,
          'technical',
          () => l10n.t('Makes sound technical decisions in their area and writes down the trade-offs.'),
          ['decision-making', 'communication'],
        ),
        expectation(
          'senior.knows-the-value',
          senior,
          'strategy',
          () =>
            l10n.t('Understands how their area serves users and the business, and raises the work that matters more.'),
          ['business-acumen', 'strategic-vision'],
        ),
        expectation(
          'senior.steady-under-pressure',
          senior,
          'people',
          () =>
            l10n.t(
              'Works well with others under pressure: listens, stays calm, adapts, and gives direct, kind feedback.',
            ),
          ['emotional-intelligence', 'adaptability'],
        ),
        expectation(
          'senior.keeps-current',
          senior,
          'growth',
          () => l10n.t('Keeps their skills current and learns from feedback and from mistakes.'),
          ['continuous-learning'],
        ),
      ]),
      level(staff, [
        expectation(
          'staff.cross-team-design',
          staff,
          'technical',
          () => l10n.t('Leads the technical design of work that spans several teams, and gets it adopted.'),
          ['technical-leadership', 'communication'],
        ),
        expectation(
          'staff.depth-across-systems',
          staff,
          'technical',
          () =>
            l10n.t(
              'Brings depth across systems: cracks problems other teams are stuck on, and prototypes the riskiest parts first.',
            ),
          ['technical-depth'],
        ),
        expectation(
          'staff.leads-initiatives',
          staff,
          'delivery',
          () => l10n.t('Leads initiatives from an ambiguous problem to a delivered outcome, without being asked.'),
          ['ownership', 'adaptability'],
        ),
        expectation(
          'staff.multiplies-others',
          staff,
          'people',
          () =>
            l10n.t(
              'Multiplies others: mentors senior engineers and spreads knowledge through talks, docs and reviews.',
            ),
          ['team-development', 'communication'],
        ),
        expectation(
          'staff.delegates-parts',
          staff,
          'delivery',
          () => l10n.t('Delegates parts of their initiatives and supports others in owning the result.'),
          ['delegation'],
        ),
        expectation(
          'staff.closes-hard-decisions',
          staff,
          'technical',
          () =>
            l10n.t('Drives hard trade-offs to a decision and records it, in an ADR or the like, so others can follow.'),
          ['decision-making'],
        ),
        expectation(
          'staff.shapes-roadmap',
          staff,
          'strategy',
          () => l10n.t("Shapes their area's technical roadmap from the business goals, and says what not to do."),
          ['strategic-vision', 'business-acumen'],
        ),
        expectation(
          'staff.builds-agreement',
          staff,
          'communication',
          () => l10n.t('Builds agreement between teams with different goals, handling disagreement with care.'),
          ['emotional-intelligence', 'communication'],
        ),
        expectation(
          'staff.learns-widely',
          staff,
          'growth',
          () => l10n.t('Learns beyond their specialism and brings back what helps the organisation.'),
          ['continuous-learning'],
        ),
      ]),
      level(principal, [
        expectation(
          'principal.sets-technical-direction',
          principal,
          'technical',
          () => l10n.t('Sets technical direction for the organisation and is sought out for its hardest problems.'),
          ['technical-leadership', 'decision-making'],
        ),
        expectation(
          'principal.still-builds',
          principal,
          'technical',
          () =>
            l10n.t(
              'Has depth the whole company relies on and still builds: the prototypes, proofs and reviews of its most critical systems.',
            ),
          ['technical-depth'],
        ),
        expectation(
          'principal.long-bets',
          principal,
          'strategy',
          () => l10n.t("Connects technical strategy to the company's business bets over years, not quarters."),
          ['strategic-vision', 'business-acumen'],
        ),
        expectation(
          'principal.grows-staff',
          principal,
          'people',
          () => l10n.t('Grows staff engineers and leaders, and hands them visible work to own.'),
          ['team-development', 'delegation'],
        ),
        expectation(
          'principal.influences-beyond',
          principal,
          'communication',
          () => l10n.t('Influences executives and teams beyond their own organisation through writing and talks.'),
          ['communication'],
        ),
        expectation(
          'principal.owns-company-risks',
          principal,
          'delivery',
          () =>
            l10n.t(
              'Owns technical risks and outcomes across the company, and changes course openly when the facts change.',
            ),
          ['ownership', 'adaptability'],
        ),
        expectation(
          'principal.earns-trust',
          principal,
          'people',
          () => l10n.t('Earns trust across the company by meeting conflict and dissent with empathy.'),
          ['emotional-intelligence'],
        ),
        expectation(
          'principal.learns-from-industry',
          principal,
          'growth',
          () => l10n.t('Learns from the wider industry and brings the company ideas before it needs them.'),
          ['continuous-learning'],
        ),
      ]),
    ],
  };
}

function trackLabel(track: TrackId): string {
  return TRACKS.find((candidate) => candidate.id === track)?.label ?? track;
}

/** The built-in ladder of `track`. */
export function builtInLadder(track: TrackId): Ladder {
  return track === 'management' ? managementLadder() : staffIcLadder();
}
