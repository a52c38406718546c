/** Playbook and assessment-result shapes shared by the loader, the planner and the renderers. */
import type {
  CriteriaFit,
  Department,
  ExperienceProfile,
  Level,
  OwnerRole,
  RiskLevel,
  Seniority,
  Stage,
  SupplierPosition,
} from '../enums.js';
import type { LocalText } from '../local-text.js';
import type { Account, Action, Activity, Contact } from '../types.js';
import type { Condition } from './conditions.js';
import type { Answers } from './questions.js';
import type { WordParams } from '../words.js';

export interface Play {
  /** kebab-case, unique across all loaded playbooks. */
  id: string;
  /** Texts a rep reads: one language or both (docs/playbooks.md §Languages); read with localText. */
  title: LocalText;
  why: LocalText;
  when?: Condition;
  /** 1 = most urgent, 3 = can wait. */
  priority: 1 | 2 | 3;
  dueInDays: number;
  ownerRole: OwnerRole;
  /**
   * What "done" looks like: when it holds, the play's goal is already in
   * place and the plan leaves it out. `never`: a periodic play or an answer
   * to an event, which stands while its `when` holds. Absent (user plays
   * written before it) reads as `never`. docs/playbooks.md §done_when.
   */
  doneWhen?: Condition | 'never';
  steps: LocalText[];
  /** The play puts money or effort into the customer's business; dropped when a defection cause is outside our control (docs/domain.md §7). */
  invests?: boolean;
  /** The play belongs to the periodic upkeep of a healthy account; a healthy account gets only these (docs/domain.md §7). */
  upkeep?: boolean;
  /** Facts the play names in its because lines whenever they are known, e.g. lifetimeValue (docs/playbooks.md §cites). */
  cites?: string[];
  /** Where the play comes from, e.g. "seed 000 §trigger 2" (the seeds are named in docs/domain.md); several tags separated by "; ". */
  source: string;
}

export interface Playbook {
  id: string;
  title: LocalText;
  version: string;
  description: LocalText;
  appliesWhen?: Condition;
  plays: Play[];
}

/** A playbook as loaded: with the content hash and the files it came from. */
export interface LoadedPlaybook extends Playbook {
  /** sha256 (first 16 hex digits) of the playbook's final content. */
  hash: string;
  files: string[];
}

/** A loaded questionnaire's or playbook's identity. */
export interface PlaybookVersion {
  id: string;
  version: string;
  hash: string;
}

/**
 * The questionnaire and playbook versions an assessment was made with:
 * id -> "version#hash" (stored.ts versionTag). The one shape, in results,
 * in the store and in JSON output.
 */
export type PlaybookVersions = Record<string, string>;

export interface Coverage {
  contactCount: number;
  strongContacts: number;
  departmentsReached: Department[];
  seniorityReached: Seniority[];
  supporters: { count: number; names: string[] };
  opponents: { count: number; names: string[] };
  singleThreaded: boolean;
  /** Why singleThreaded is true (empty when false). */
  singleThreadReasons: string[];
  hasExecutive: boolean;
  shape: 'bow-tie' | 'diamond';
}

export interface AssessmentInput {
  account: Account;
  contacts: Contact[];
  activities: Activity[];
  openActions: Action[];
  previous?: { answers: Answers; result: StoredResult | null } | null;
  answers: Answers;
  now: Date;
  /** When the survey answers were given (YYYY-MM-DD, see survey.ts); a survey answer without a date is dated `now`. */
  answeredAt?: Readonly<Record<string, string>>;
  /** Days a survey answer stays current (setting survey-days, by tier); default 90. */
  surveyDays?: number;
  /** Days of silence after an order before the gap after delivery counts as open (setting order-silence-days); default 30. */
  orderSilenceDays?: number;
  /** Years a customer is expected to keep buying (setting relationship-years), for the lifetime value; default 5. */
  relationshipYears?: number;
}

export interface PlanItem {
  playbook: string;
  play: string;
  /**
   * The play's texts as the playbook gave them, in both languages when it
   * has both, so a stored plan reads in the language of whoever opens it
   * (docs/playbooks.md §Languages); plans stored before are in English.
   */
  title: LocalText;
  why: LocalText;
  priority: 1 | 2 | 3;
  dueInDays: number;
  ownerRole: OwnerRole;
  steps: LocalText[];
  source: string;
  /** The facts that made the play's condition true, in words (because.ts); absent in plans stored before it. */
  because?: { fact: string; value: string | number | boolean | string[] | null; text: string }[];
  /** How many of the play's condition facts are behind the current risk; used for ranking. */
  riskRelevance: number;
}

export interface RiskReason {
  /** The fact behind the reason, e.g. "criteriaFit". */
  fact: string;
  /** The sentence's key (catalogue area words, `risk.<key>`), e.g. "criteriaFit.alarm"; absent in results stored before it. */
  key?: string;
  /** The sentence's parameters (counts, days, ids); absent in results stored before them. */
  params?: WordParams;
  points: number;
  text: string;
}

export type YesUnsureNo = 'yes' | 'unsure' | 'no';

export interface AssessmentResult {
  assessedAt: string;
  stage: Stage;
  relationshipLevel: Level;
  supplierPosition: SupplierPosition;
  shareOfWallet: number | null;
  criteriaFit: CriteriaFit;
  experience: { profile: ExperienceProfile; score: number; signals: string[] };
  risk: { level: RiskLevel; score: number; reasons: string[]; factors: RiskReason[] };
  coverage: Coverage;
  satisfaction: {
    score: 1 | 2 | 3 | 4 | 5 | null;
    label: string;
    repurchase: YesUnsureNo | null;
    recommend: YesUnsureNo | null;
  };
  targetLevel: { level: Level | null; worthIt: boolean; recommended: Level; verdict: string };
  plan: PlanItem[];
  playbookVersions: PlaybookVersions;
  /** When each survey answer was given (YYYY-MM-DD); absent in results stored before answers were dated. */
  answeredAt?: Record<string, string>;
}

/**
 * A result as read back from the store: the parts that decoded (stored.ts).
 * What acct stores is complete; imported or older rows may lack parts.
 */
export type StoredResult = Partial<AssessmentResult>;

/** The key results, also kept as columns so the weekly report can aggregate them in SQL. */
export interface AssessmentKeys {
  stage: string | null;
  level: string | null;
  position: string | null;
  share: number | null;
  criteriaFit: string | null;
  riskLevel: string | null;
  experienceProfile: string | null;
  experienceScore: number | null;
  satisfaction: number | null;
  singleThreaded: boolean | null;
  targetLevel: string | null;
}

/** One dated assessment as stored, decoded once by the store (src/store/assessments.ts). */
export interface StoredAssessment extends AssessmentKeys {
  id: number;
  accountId: number;
  assessedAt: string;
  answers: Answers;
  result: StoredResult;
  playbookVersions: PlaybookVersions;
}
