/**
 * Derived sentences (docs/i18n.md §Derived sentences): risk reasons,
 * experience signals, uncontrollable causes, the briefing's and `acct
 * today`'s phrases, because lines, verdicts and changes. The domain names a
 * key (without the `words.` prefix) and its parameters; the wording port
 * (src/domain/words.ts) looks them up here. Parameters hold ids, counts and
 * names; each language words them its own way.
 */
import { SATISFACTION_LABELS } from '../../domain/enums.js';
import { plural } from '../../domain/plural.js';
import type { WordParams } from '../../domain/words.js';
import type { FactName } from '../../domain/assessment/catalogue.js';
import { facts } from './facts.js';
import { list, num, str } from '../word-params.js';

/** A fact type in a condition problem. */
const CONDITION_TYPE: Readonly<Record<string, string>> = {
  string: 'a text fact',
  number: 'a number fact',
  boolean: 'a yes/no fact',
  list: 'a list fact',
};

/** What to write instead of an operator that does not suit the fact's type. */
const CONDITION_INSTEAD: Readonly<Record<string, string>> = {
  'list-in':
    '; "has" takes one value: write { any: [...] } of "has" conditions for "any of", and put it under { not: ... } for "none of"',
  'list-eq': '; use "has" for one value, "true"/"false" for not empty/empty',
  'boolean-in': '; use op: "true" or op: "false"',
  'scalar-has': '; use "eq" for one value or "in" for a list',
  'scalar-true': '; use "set"/"unset", or "eq" with a value',
};

/** Short labels for because lines where the meaning is a definition too long for one (else the meaning is used). */
const FACT_LABELS: Readonly<Partial<Record<FactName, string>>> = {
  satisfaction: 'surveyed satisfaction',
  isKeyAccount: 'key account',
  contactCount: 'contacts on file',
  strongContacts: 'strong contacts',
  departmentCount: 'departments reached',
  singleThreaded: 'single-threaded',
  hasExecutive: 'an executive or decision-maker contact',
  coverageShape: 'contact shape',
  onlyPurchasingContacts: 'all contacts in purchasing',
  daysSinceContact: 'days since the last contact',
  oldestOpenComplaintDays: 'days the oldest complaint is open',
  postDeliveryGap: 'silence after the last order',
  ordersToDate: 'orders to date',
  lifetimeValue: 'lifetime value estimate',
  openActionCount: 'open actions',
  overdueActions: 'overdue actions',
  buyingDriverChanged: 'buying driver changed',
  satisfactionDropped: 'satisfaction fell',
  criteriaFit: 'criteria fit',
  experienceProfile: 'buyer profile',
  experienceScore: 'experience score',
  riskLevel: 'risk',
  uncontrollable: 'a cause outside our control',
  surveyAgeDays: 'days since the survey',
  surveyDue: 'survey due',
  atRightLevel: 'at its right level',
  targetWorthIt: 'target level worth it',
};

/** A fact's name in a because line: its short label, else its meaning as a phrase (no capital, no full stop). */
function factLabel(fact: string): string | undefined {
  const meaning: string | undefined = (facts as Record<string, string>)[`facts.${fact}`];
  return FACT_LABELS[fact as FactName] ?? meaning?.replace(/\.$/, '').replace(/^./, (first) => first.toLowerCase());
}

const FIELD: Readonly<Record<string, string>> = {
  stage: 'stage',
  relationshipLevel: 'relationship level',
  supplierPosition: 'supplier position',
  criteriaFit: 'purchase-criteria fit',
  risk: 'risk',
  experience: 'experience profile',
  satisfaction: 'satisfaction',
  share: 'share of wallet',
};

const CAUSE: Readonly<Record<string, string>> = {
  'selling-unit': 'the customer is selling the business we supply',
  'closing-unit': 'the customer is closing the business we supply',
  relocating: 'the customer is moving the business we supply out of our reach',
  'taken-over': 'the customer is being taken over by a group with its own supplier',
  'integrating-upstream': 'the customer is starting to make what we sell',
  'scope-change': 'the customer is changing its business away from what we supply',
};
/** A cause a team added to its own questionnaire is named as an outside change. */
const cause = (id: string): string => CAUSE[id] ?? `the customer is making a change outside our control (${id})`;

const MISSING: Readonly<Record<string, string>> = {
  'importance-unassessed': 'mutual importance is not assessed',
  'importance-unequal': 'the two sides do not matter to each other equally and highly',
  'power-unassessed': 'the balance of power is not assessed',
  'power-unbalanced': 'one side can dictate to the other',
  'switching-unassessed': 'switching cost is not assessed',
  'switching-low': 'switching cost is not high',
};
const target = (p: WordParams): string => (str(p, 'level') === 'partner' ? 'A partnership' : 'A strategic alliance');
const score = (p: WordParams, key: string, label: string): string =>
  p[key] === '' || p[key] === undefined ? 'not surveyed' : `${num(p, key)}/5 ${label}`.trim();

export const words = {
  // Risk reasons (docs/domain.md §3, §7).
  'words.risk.criteriaFit.alarm': () => 'rivals meet the purchase criteria and we do not (alarm)',
  'words.risk.criteriaFit.alert': () => 'rivals meet the purchase criteria as well as we do (alert)',
  'words.risk.criteriaFit.unknown': () => 'purchase criteria unknown',
  'words.risk.openComplaints': (p: WordParams) => plural(num(p, 'count'), 'open complaint'),
  'words.risk.openComplaints.aged': (p: WordParams) =>
    `${plural(num(p, 'count'), 'open complaint')}, the oldest open for ${num(p, 'days')} days`,
  'words.risk.problems.quality': () => 'unresolved quality problem',
  'words.risk.problems.other': (p: WordParams) =>
    `unresolved ${list(p, 'problems').join(', ')} ${num(p, 'count') > 1 ? 'problems' : 'problem'}`,
  'words.risk.satisfaction.low': (p: WordParams) => `customer is dissatisfied (${num(p, 'score')}/5)`,
  'words.risk.satisfaction.neutral': () => 'customer is only neutral (3/5)',
  'words.risk.satisfactionDropped': () => 'satisfaction fell since the last assessment',
  'words.risk.repurchaseIntent.no': () => 'customer does not intend to buy again',
  'words.risk.repurchaseIntent.unsure': () => 'customer is unsure about buying again',
  'words.risk.wouldRecommend.no': () => 'customer would not recommend us',
  'words.risk.singleThreaded': () => 'relationship hangs on a single thread',
  'words.risk.experienceProfile.specialist': () => 'buyer has become an experienced specialist',
  'words.risk.experienceProfile.shifting': () => 'buyer is shifting toward specialist buying',
  'words.risk.priceVsMarket.far-above': () => 'our price is far above the market',
  'words.risk.priceVsMarket.slightly-above': () => 'our price is slightly above the market',
  'words.risk.daysSinceContact': (p: WordParams) => `no contact for ${num(p, 'days')} days`,
  'words.risk.daysSinceContact.never': () => 'no contact recorded',
  'words.risk.rivalRebates': () => 'a rival offers short-term rebates',
  'words.risk.uncontrollable': (p: WordParams) => `uncontrollable: ${list(p, 'causes').map(cause).join('; ')}`,
  'words.risk.opponents': () => 'more opponents than supporters',
  'words.risk.overdueActions': (p: WordParams) => plural(num(p, 'count'), 'overdue action'),
  'words.risk.postDeliveryDrop': () => 'our attention dropped after delivery',
  'words.risk.postDeliveryDrop.records': (p: WordParams) =>
    `no contact for ${num(p, 'days')} days since the order of ${str(p, 'date')}: the gap after delivery is open`,

  // Signals of the experience shift (seed 002), one per observed fact.
  'words.signal.purchasing-decides': () => 'purchasing has taken over the decisions',
  'words.signal.purchasing-decides.driver': () => 'the purchasing department drives buying',
  'words.signal.buying-moved': (p: WordParams) => `buying moved from ${str(p, 'from')} to ${str(p, 'to')}`,
  'words.signal.sponsors-stepped-back': () => 'the original sponsors have stepped back',
  'words.signal.less-interest-new-applications': () => 'interest in new applications is fading',
  'words.signal.price-only': () => 'talks are about price only',
  'words.signal.unbundling': () => 'they unbundle systems and buy parts elsewhere',
  'words.signal.faster-decisions': () => 'decisions are faster and need less of our guidance',

  // Single-threaded: why (coverage, docs/domain.md §3).
  'words.thread.no-strong': () => 'no contact with relationship strength 2 or more',
  'words.thread.one-strong': (p: WordParams) => `only one strong contact (${str(p, 'name')})`,
  'words.thread.no-department': () => 'no contact with a known department',
  'words.thread.one-department': (p: WordParams) => `every contact is in ${str(p, 'department')}`,

  // The target level's verdict (docs/domain.md §2).
  'words.target.none': () => 'No target level set. For most accounts preferred supplier is enough.',
  'words.target.preferred': () =>
    'Preferred supplier is a sound target: the value comes from lower transaction cost without the expense of a partnership.',
  'words.target.transactional': () =>
    'A transactional relationship is the target: keep the cost of serving the account low.',
  'words.target.worth': (p: WordParams) =>
    `${target(p)} is worth pursuing: both sides matter to each other, power is balanced and switching is costly.`,
  'words.target.not-worth': (p: WordParams) =>
    `${target(p)} is not worth it here: ${list(p, 'missing')
      .map((id) => MISSING[id] ?? id)
      .join('; ')}. Preferred supplier is enough; spend on service and a wide network instead.`,

  // What changed between two assessments (acct history).
  'words.change.value': (p: WordParams) =>
    `${FIELD[str(p, 'field')] ?? str(p, 'field')}: ${str(p, 'from')} → ${str(p, 'to')}`,
  'words.change.satisfaction': (p: WordParams) =>
    `satisfaction: ${score(p, 'from', SATISFACTION_LABELS[num(p, 'from') - 1] ?? '')} → ${score(p, 'to', SATISFACTION_LABELS[num(p, 'to') - 1] ?? '')}`,

  // Coverage in the briefing: plain words first, the method's term in brackets.
  'words.coverage.none': () => 'no contacts recorded: nobody there to call (bow-tie)',
  'words.coverage.one-department': (p: WordParams) =>
    `all contacts sit in one department, ${str(p, 'department')}: one move there cuts us off (bow-tie)`,
  'words.coverage.no-department': () => 'no contact has a known department (bow-tie)',
  'words.coverage.no-strong': () => 'nobody there knows us well: no contact with strength 2 or more (single-threaded)',
  'words.coverage.one-strong': (p: WordParams) =>
    `only one person there knows us well, ${str(p, 'name')} (single-threaded)`,
  'words.coverage.one-level': (p: WordParams) =>
    `contacts reach ${plural(num(p, 'departments'), 'department')} but only one level of seniority (bow-tie)`,
  'words.coverage.broad': (p: WordParams) =>
    `many people know us, across ${plural(num(p, 'departments'), 'department')} and ${plural(num(p, 'levels'), 'level')} (diamond)`,
  'words.coverage.no-executive': () => 'no executive or decision maker among our contacts',
  'words.coverage.opponents': (p: WordParams) =>
    `${plural(num(p, 'count'), 'opponent')}: ${list(p, 'people').join(', ')}${num(p, 'count') > num(p, 'supporters') ? ', more than supporters' : ''}`,

  // What changed since the last assessment.
  'words.since.activities': (p: WordParams) => {
    const counts = list(p, 'counts').map(Number);
    const types = list(p, 'types').map((type, i) => (counts[i] === 1 ? type : plural(counts[i] ?? 0, type)));
    return `${plural(num(p, 'count'), 'interaction')} logged (${types.join(', ')})`;
  },
  'words.since.no-activities': () => 'nothing logged since',
  'words.since.contacts-added': (p: WordParams) =>
    `${plural(num(p, 'count'), 'contact')} added: ${list(p, 'people').join(', ')}`,
  'words.since.move': (p: WordParams) =>
    `${FIELD[str(p, 'field')] ?? str(p, 'field')}: ${str(p, 'from')} → ${str(p, 'to')} at the assessment of ${str(p, 'date')}`,
  'words.since.edited': (p: WordParams) =>
    `${FIELD[str(p, 'field')] ?? str(p, 'field')} edited since: ${str(p, 'from')} → ${str(p, 'to') || 'unknown'}`,

  // Risk: where its level comes from.
  'words.risk.from-last': (p: WordParams) => `from the answers of ${str(p, 'date')} and today's records`,
  'words.risk.from-records': () => 'from the records alone: never assessed',
  'words.risk.was': (p: WordParams) => `was ${str(p, 'level')} at the last assessment`,

  // acct today: why an account or action is on the list.
  'words.today.overdue': (p: WordParams) => `overdue by ${plural(num(p, 'days'), 'day')}`,
  'words.today.due': (p: WordParams) =>
    num(p, 'days') === 0 ? 'due today' : num(p, 'days') === 1 ? 'due tomorrow' : `due in ${num(p, 'days')} days`,
  'words.today.quiet-after-order': (p: WordParams) =>
    `quiet for ${plural(num(p, 'days'), 'day')} since the order of ${str(p, 'date')} (gap after delivery)`,
  'words.today.stale': (p: WordParams) => `no contact for ${plural(num(p, 'days'), 'day')}`,
  'words.today.never-contacted': () => 'no contact logged yet',
  'words.today.never-assessed': () => 'never assessed',
  'words.today.not-assessed': (p: WordParams) => `not assessed for ${plural(num(p, 'days'), 'day')}`,
  'words.today.survey-due': (p: WordParams) =>
    `customer survey is ${plural(num(p, 'days'), 'day')} old (cadence ${num(p, 'cadence')} days)`,

  // Because lines (docs/playbooks.md §because): `doc` is the fact's label, `value` the value in words.
  'words.because.answer.value': (p: WordParams) => `you answered: ${str(p, 'value')}`,
  'words.because.answer.not': (p: WordParams) => `you did not tick: ${str(p, 'value')}`,
  'words.because.answer.yesno': (p: WordParams) => `you answered ${str(p, 'value')}: ${str(p, 'doc')}`,
  'words.because.answer.number': (p: WordParams) => `you answered ${str(p, 'value')}: ${str(p, 'doc')}`,
  'words.because.answer.unset': (p: WordParams) => `not answered: ${str(p, 'doc')}`,
  'words.because.record.value': (p: WordParams) => `${str(p, 'doc')}: ${str(p, 'value')}`,
  'words.because.record.not': (p: WordParams) => `${str(p, 'doc')}: not ${str(p, 'value')}`,
  'words.because.record.unset': (p: WordParams) => `${str(p, 'doc')}: none`,
  'words.because.yes': () => 'yes',
  'words.because.no': () => 'no',
  'words.because.list': (p: WordParams) => list(p, 'value').join(', '),
  /** An id of a closed vocabulary (a stage, a department): English shows the id. */
  'words.because.value': (p: WordParams) => str(p, 'value'),
  /** A shipped fact's label (above); a team's own question is named by its prompt, which the domain passes as `label`. */
  'words.because.fact': (p: WordParams) => factLabel(str(p, 'fact')) ?? str(p, 'label'),
  // A condition in a playbook file that acct cannot read (check-condition.ts); fact names, operators and
  // values are the file's, quoted as excerpts.
  'words.condition.tooDeep': (p: WordParams) => `condition nested more than ${num(p, 'depth')} levels deep`,
  'words.condition.text.rewrite': (p: WordParams) =>
    `a condition is not text: write { fact: ${str(p, 'fact')}, op: ${str(p, 'op')}${str(p, 'value') ? `, value: ${str(p, 'value')}` : ''} } (see docs/playbooks.md)`,
  'words.condition.text.plain': (p: WordParams) =>
    `a condition is not text (${str(p, 'text')}): write { fact: ..., op: ..., value: ... } (see docs/playbooks.md)`,
  'words.condition.shape': () => 'a condition is {fact, op, value}, {all: [...]}, {any: [...]} or {not: ...}',
  'words.condition.alone': (p: WordParams) =>
    `"${str(p, 'group')}" must stand alone in its condition; found also ${list(p, 'others').join(', ')}`,
  'words.condition.groupList': (p: WordParams) => `"${str(p, 'group')}" takes a list of conditions`,
  'words.condition.unknownKey': (p: WordParams) => `unknown key ${str(p, 'key')} in condition; use fact, op and value`,
  'words.condition.factName': (p: WordParams) =>
    `"fact" must be a fact name such as shareOfWallet, not ${str(p, 'value')}`,
  'words.condition.missingOp': (p: WordParams) => `missing "op"; use one of ${list(p, 'ops').join(', ')}`,
  'words.condition.unknownOp': (p: WordParams) =>
    `unknown operator ${str(p, 'op')}; use one of ${list(p, 'ops').join(', ')}`,
  'words.condition.valueType': () => 'value must be a string, number, true/false or a list of those',
  'words.condition.unknownFact': (p: WordParams) => {
    const suggestions = list(p, 'suggestions');
    const hint =
      suggestions.length > 0
        ? `; did you mean ${suggestions.map((name) => `"${name}"`).join(' or ')}?`
        : num(p, 'listed')
          ? '; `acct playbook facts` lists them'
          : '';
    return `unknown fact ${str(p, 'fact')}${hint}`;
  },
  'words.condition.opType': (p: WordParams) =>
    `operator "${str(p, 'op')}" does not suit "${str(p, 'fact')}", ${CONDITION_TYPE[str(p, 'type')] ?? str(p, 'type')}; it takes ${list(p, 'ops').join(', ')}${CONDITION_INSTEAD[str(p, 'instead')] ?? ''}`,
  'words.condition.noValue': (p: WordParams) => `operator "${str(p, 'op')}" takes no value`,
  'words.condition.needsValue': (p: WordParams) => `operator "${str(p, 'op')}" needs a value`,
  'words.condition.needsList': (p: WordParams) => `operator "${str(p, 'op')}" needs a list value, e.g. [a, b]`,
  'words.condition.oneValue': (p: WordParams) =>
    `operator "${str(p, 'op')}" takes one value, not a list${str(p, 'op') === 'has' ? '; for "any of", write { any: [...] } of "has" conditions' : '; use "in" for a list'}`,
  'words.condition.notBoolean': (p: WordParams) => `"${str(p, 'fact')}" is true or false, not ${str(p, 'value')}`,
  'words.condition.notNumber': (p: WordParams) => `"${str(p, 'fact')}" is a number, not ${str(p, 'value')}`,
  'words.condition.notText': (p: WordParams) => `"${str(p, 'fact')}" holds text, not ${str(p, 'value')}`,
  'words.condition.notAllowed': (p: WordParams) =>
    `${str(p, 'value')} is not a value of "${str(p, 'fact')}"; allowed: ${list(p, 'allowed').join(', ')}${num(p, 'more') > 0 ? ` and ${num(p, 'more')} more` : ''}`,
  // Answers that do not fit their question (answers files, --set, prompts): what is wrong, then what to enter.
  'words.answer.bad': (p: WordParams) => `"${str(p, 'key')}": ${str(p, 'problem')}; enter ${str(p, 'allowed')}`,
  'words.answer.allowed.select': (p: WordParams) => `one of ${list(p, 'options').join(', ')}`,
  'words.answer.allowed.multi': (p: WordParams) => `a list drawn from ${list(p, 'options').join(', ')} (or none)`,
  'words.answer.allowed.boolean': () => 'yes or no',
  'words.answer.allowed.range': (p: WordParams) => `a number from ${num(p, 'min')} to ${num(p, 'max')}`,
  'words.answer.allowed.atLeast': (p: WordParams) => `a number of at least ${num(p, 'min')}`,
  'words.answer.allowed.atMost': (p: WordParams) => `a number of at most ${num(p, 'max')}`,
  'words.answer.allowed.number': () => 'a number',
  'words.answer.allowed.scale': (p: WordParams) => `a whole number from ${num(p, 'min')} to ${num(p, 'max')}`,
  'words.answer.notOption': (p: WordParams) => `${str(p, 'value')} is not an option`,
  'words.answer.notList': (p: WordParams) => `${str(p, 'value')} is not a list of options`,
  'words.answer.twice': () => 'an option is given twice',
  'words.answer.notYesNo': (p: WordParams) => `${str(p, 'value')} is not a yes or no`,
  'words.answer.notNumber': (p: WordParams) => `${str(p, 'value')} is not a number`,
  'words.answer.below': (p: WordParams) => `${num(p, 'value')} is below ${num(p, 'min')}`,
  'words.answer.above': (p: WordParams) => `${num(p, 'value')} is above ${num(p, 'max')}`,
  'words.answer.notWhole': (p: WordParams) => `${num(p, 'value')} is not a whole number`,
  'words.answer.outsideScale': (p: WordParams) => `${num(p, 'value')} is outside the scale`,
  'words.answer.shown.yes': () => 'yes',
  'words.answer.shown.no': () => 'no',
  'words.answer.shown.list': () => 'a list',
  'words.answer.shown.nothing': () => 'nothing',
  'words.answer.shown.mapping': () => 'a mapping',
  'words.answer.unknown': (p: WordParams) =>
    `unknown question "${str(p, 'key')}"; known keys: ${list(p, 'known').join(', ')}`,
};
