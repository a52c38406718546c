/**
 * acct brief: the briefing before a call, on its own (text, Markdown or
 * JSON). `acct assess` starts with the same briefing (loadBriefing).
 */
import type { Context } from '../context.js';
import { surveyCadence } from '../domain/assessment/survey.js';
import { briefing, type Briefing, type BriefingInput } from '../domain/briefing.js';
import type { Account } from '../domain/types.js';
import { renderBrief, renderBriefMarkdown } from '../render/brief.js';
import type { Store } from '../store/index.js';
import { parseFormat } from './options.js';
import { accountOrPick } from './pick.js';

export interface BriefOptions {
  format?: string;
}

/** text: aligned on a terminal, tab-separated sections when piped. */
const BRIEF_FORMATS = ['text', 'markdown', 'json'] as const;
type BriefFormat = (typeof BRIEF_FORMATS)[number];

/** Everything the briefing reads about one account, and the settings that shape it. */
export function loadBriefing(ctx: Context, store: Store, account: Account): Briefing {
  return briefingOf(ctx, {
    account,
    contacts: store.contacts.forAccount(account.id),
    activities: store.activities.forAccount(account.id),
    actions: store.actions.list({ accountId: account.id, status: 'all' }),
    assessments: store.assessments.forAccount(account.id),
  });
}

/** The briefing of records already loaded (the HTML report loads many accounts at once), with the settings that shape it. */
export function briefingOf(
  ctx: Context,
  records: Pick<BriefingInput, 'account' | 'contacts' | 'activities' | 'actions' | 'assessments'>,
  day: { now: Date; today: string } = { now: ctx.now, today: ctx.today },
): Briefing {
  const { account } = records;
  return briefing({
    ...records,
    now: day.now,
    today: day.today,
    orderSilenceDays: ctx.settings.days('order-silence-days'),
    surveyDays: surveyCadence(account.tier, (key) => ctx.settings.get(key)),
    relationshipYears: Number(ctx.settings.get('relationship-years')),
    lang: ctx.lang,
  });
}

/** Prints the briefing the way the run asked for (assess calls this too). */
export function printBriefing(
  ctx: Context,
  shown: Briefing,
  format: BriefFormat = ctx.out.mode === 'json' ? 'json' : 'text',
): void {
  if (format === 'json') return ctx.out.json(shown);
  if (format === 'markdown') return ctx.out.data(renderBriefMarkdown(shown));
  ctx.out.data(renderBrief(ctx.out, shown, ctx.today));
}

export async function briefAccount(ctx: Context, name: string | undefined, options: BriefOptions): Promise<void> {
  const format = parseFormat(ctx, options.format, BRIEF_FORMATS, ctx.out.mode === 'json' ? 'json' : 'text', {
    md: 'markdown',
  });
  const store = await ctx.store({ create: false });
  const account = await accountOrPick(ctx, store, name, 'brief');
  printBriefing(ctx, loadBriefing(ctx, store, account), format);
}
