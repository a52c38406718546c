/**
 * The one rule for a consistent stage and position (docs/domain.md §1, §7),
 * on its own so that `acct import`, which settles every row's stage, does not
 * load the assessment engine (src/domain/assessment/derive.ts re-exports it).
 */
import { STAGES, type Level, type Stage, type SupplierPosition } from './enums.js';

/** The stage an account at this position, share and level is at (docs/domain.md §1). */
export function deriveStage(position: SupplierPosition, share: number | null, level: Level): Stage {
  switch (position) {
    case 'none':
      return 'development';
    case 'candidate':
      return share !== null && share > 0 ? 'initial-cooperation' : 'development';
    case 'secondary':
      return 'initial-cooperation';
    case 'primary':
    case 'sole':
      if (level === 'strategic-alliance') return 'strategic-alliance';
      if (level === 'partner') return 'partnership';
      return 'primary-supplier';
  }
}

/** The stage, level and position an account is given, with its share (docs/domain.md §1). */
export interface StageFields {
  position: SupplierPosition;
  share: number | null;
  level: Level;
  stage: Stage;
}

/** Positions that can be at a stage, and the one a stage given alone implies. */
const STAGE_POSITIONS: Readonly<Record<Stage, { fits: readonly SupplierPosition[]; usual: SupplierPosition }>> = {
  development: { fits: ['none', 'candidate'], usual: 'none' },
  'initial-cooperation': { fits: ['candidate', 'secondary'], usual: 'secondary' },
  'primary-supplier': { fits: ['primary', 'sole'], usual: 'primary' },
  partnership: { fits: ['primary', 'sole'], usual: 'primary' },
  'strategic-alliance': { fits: ['primary', 'sole'], usual: 'primary' },
};

/** The stages an account in `position` can be at (docs/domain.md §1). */
export function stagesFor(position: SupplierPosition): Stage[] {
  return STAGES.filter((stage) => STAGE_POSITIONS[stage].fits.includes(position));
}

export type SettledStage =
  | { ok: true; fields: StageFields; derived: { field: 'stage' | 'position'; to: string }[] }
  | { ok: false; message: string; fix: string };

const positionWords = (position: SupplierPosition): string =>
  position === 'none' ? 'a prospect (position none)' : `a ${position} supplier`;

/**
 * The one rule for a consistent stage and position at add, edit and import
 * (docs/domain.md §7): a stage must be one the position can be at (a
 * secondary supplier is in initial cooperation, not development). What is
 * given explicitly wins and the rest follows: a position given alone brings
 * the stage deriveStage gives it (unless the current stage still fits); a
 * stage given alone moves the position to the usual one for that stage
 * (unless the current one fits). Both given and not fitting: refused, naming
 * the stages that fit. Level and stage stay two axes here; the assessment
 * derives the stage from the level as well.
 */
export function settleStage(current: StageFields, given: Partial<StageFields>): SettledStage {
  let position = given.position ?? current.position;
  const level = given.level ?? current.level;
  const share = given.share !== undefined ? given.share : current.share;
  const derived: { field: 'stage' | 'position'; to: string }[] = [];
  let stage = given.stage ?? current.stage;
  const fits = (st: Stage, pos: SupplierPosition): boolean => STAGE_POSITIONS[st].fits.includes(pos);
  if (given.stage !== undefined && given.position !== undefined) {
    if (!fits(given.stage, given.position)) {
      const fitting = stagesFor(given.position);
      return {
        ok: false,
        message: `stage ${given.stage} does not fit ${positionWords(given.position)}`,
        fix: `give a stage that fits it (${fitting.join(' or ')}), or leave the stage out and it follows from the position`,
      };
    }
  } else if (given.stage !== undefined) {
    if (!fits(given.stage, position)) {
      position = STAGE_POSITIONS[given.stage].usual;
      derived.push({ field: 'position', to: position });
    }
  } else if (!fits(stage, position) || (given.position !== undefined && given.position !== current.position)) {
    // A new position (or a stage that no longer fits) brings the stage the position, share and level give.
    const next = deriveStage(position, share, level);
    if (next !== current.stage) derived.push({ field: 'stage', to: next });
    stage = next;
  }
  return { ok: true, fields: { position, share, level, stage }, derived };
}
