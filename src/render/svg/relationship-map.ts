/**
 * The relationship map of one account, drawn from its contacts: departments
 * as columns, seniority as rows (executive at the top), each person a node
 * coloured by attitude, strong ties (isStrongContact, docs/domain.md §7)
 * drawn with a thick ring. The point is to see where we are not: every
 * department×seniority cell of the departments that decide a purchase
 * (docs/domain.md §3: beyond the purchasing manager to management,
 * technical and user departments) that holds nobody is drawn as a dashed
 * gap. Other departments get a column only when someone sits there.
 */
import { DECISION_DEPARTMENTS, isDecisionDepartment, isStrongContact } from '../../domain/definitions.js';
import { ATTITUDES, DEPARTMENTS, SENIORITIES } from '../../domain/enums.js';
import { labelOf } from '../../domain/vocabulary.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { escapeHtml } from '../safe-text.js';
import { clip } from './charts.js';

/** What the map needs of a contact (a Contact or a BriefingContact with its seniority). */
export interface MapContact {
  name: string;
  department: string | null;
  seniority: string | null;
  attitude: string | null;
  strength: number | null;
  title?: string | null;
}

/** Column and row label for a contact without a known department or seniority. */
export const UNKNOWN = 'unknown';

export interface MapLayout {
  departments: string[];
  seniorities: string[];
  /** Contacts per "department|seniority" cell. */
  cells: Map<string, MapContact[]>;
  /** The empty cells of the decision-relevant departments, as "department|seniority". */
  gaps: string[];
}

const key = (department: string, seniority: string): string => `${department}|${seniority}`;

/** Where each person goes and which cells are gaps; pure, so tests can check it without drawing. */
export function mapLayout(contacts: readonly MapContact[]): MapLayout {
  const cells = new Map<string, MapContact[]>();
  const seenDepartments = new Set<string>();
  const seenSeniorities = new Set<string>();
  for (const contact of contacts) {
    const department = contact.department ?? UNKNOWN;
    const seniority = contact.seniority ?? UNKNOWN;
    seenDepartments.add(department);
    seenSeniorities.add(seniority);
    const cell = cells.get(key(department, seniority));
    if (cell) cell.push(contact);
    else cells.set(key(department, seniority), [contact]);
  }
  const departments = [
    ...DEPARTMENTS.filter((d) => isDecisionDepartment(d) || seenDepartments.has(d)),
    ...[...seenDepartments].filter((d) => !(DEPARTMENTS as readonly string[]).includes(d)).sort(),
  ];
  const seniorities = [
    ...SENIORITIES,
    ...[...seenSeniorities].filter((s) => !(SENIORITIES as readonly string[]).includes(s)).sort(),
  ];
  const gaps: string[] = [];
  for (const department of DECISION_DEPARTMENTS) {
    for (const seniority of SENIORITIES)
      if (!cells.has(key(department, seniority))) gaps.push(key(department, seniority));
  }
  return { departments, seniorities, cells, gaps };
}

const ATTITUDE_TONES: ReadonlySet<string> = new Set(ATTITUDES);

/** The map as inline SVG (see the module comment). */
export function relationshipMap(account: string, contacts: readonly MapContact[]): string {
  const layout = mapLayout(contacts);
  const labelWidth = 78;
  const columnWidth = 118;
  const headerHeight = 24;
  const nodeHeight = 22;
  const padding = 6;
  const legendHeight = 26;
  const rowHeights = layout.seniorities.map((seniority) =>
    Math.max(
      34,
      padding * 2 +
        nodeHeight * Math.max(1, ...layout.departments.map((d) => layout.cells.get(key(d, seniority))?.length ?? 0)),
    ),
  );
  const width = labelWidth + layout.departments.length * columnWidth + 4;
  const height = headerHeight + rowHeights.reduce((sum, h) => sum + h, 0) + legendHeight + 4;
  const title = t('reportHtml.map.title', { account });
  const lang = currentLanguage();
  const words = (kind: 'department' | 'seniority', value: string) =>
    value === UNKNOWN ? t('reportHtml.map.unknown') : labelOf(kind, value, lang);
  const parts: string[] = [
    `<svg class="chart chart-map" data-chart="map" role="img" aria-label="${escapeHtml(title)}" ` +
      `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>${escapeHtml(title)}</title>`,
  ];
  layout.departments.forEach((department, column) => {
    const x = labelWidth + column * columnWidth;
    const decisive = isDecisionDepartment(department);
    parts.push(
      `<text x="${x + columnWidth / 2}" y="16" class="label${decisive ? ' strong' : ''}" text-anchor="middle">` +
        `${escapeHtml(words('department', department))}</text>`,
    );
  });
  let y = headerHeight;
  layout.seniorities.forEach((seniority, row) => {
    const rowHeight = rowHeights[row]!;
    parts.push(
      `<text x="${labelWidth - 8}" y="${y + 18}" class="label" text-anchor="end">${escapeHtml(words('seniority', seniority))}</text>`,
    );
    layout.departments.forEach((department, column) => {
      const x = labelWidth + column * columnWidth;
      const people = layout.cells.get(key(department, seniority)) ?? [];
      const gap = people.length === 0 && layout.gaps.includes(key(department, seniority));
      parts.push(
        `<rect x="${x + 2}" y="${y + 2}" width="${columnWidth - 4}" height="${rowHeight - 4}" rx="4" ` +
          `class="cell${gap ? ' gap' : ''}"${gap ? ` data-gap="${escapeHtml(key(department, seniority))}"` : ''}/>`,
      );
      if (gap) {
        parts.push(
          `<text x="${x + columnWidth / 2}" y="${y + rowHeight / 2 + 4}" class="label small gap-label" ` +
            `text-anchor="middle">${escapeHtml(t('reportHtml.map.gap'))}</text>`,
        );
      }
      people.forEach((person, i) => {
        const cy = y + padding + nodeHeight * i + nodeHeight / 2;
        const tone = person.attitude && ATTITUDE_TONES.has(person.attitude) ? person.attitude : 'unknown';
        const strong = isStrongContact(person.strength);
        const tip = [
          person.name,
          person.title ?? '',
          person.attitude ? labelOf('attitude', person.attitude, lang) : t('reportHtml.map.attitudeUnknown'),
          t('reportHtml.map.strength', { strength: String(person.strength ?? '?') }),
          strong ? t('reportHtml.map.strong') : '',
        ]
          .filter((part) => part !== '')
          .join(' · ');
        parts.push(
          `<g class="node tone-${tone}${strong ? ' strong' : ''}" data-strong="${strong}">` +
            `<title>${escapeHtml(tip)}</title>` +
            `<circle cx="${x + 14}" cy="${cy}" r="${strong ? 7 : 6}"/>` +
            `<text x="${x + 26}" y="${cy + 4}" class="label small">${escapeHtml(clip(person.name, 13))}</text></g>`,
        );
      });
    });
    y += rowHeight;
  });
  // Legend: the attitude colours and the strong-tie ring.
  const legend: [tone: string, word: string, strong: boolean][] = [
    ...ATTITUDES.map((attitude): [string, string, boolean] => [attitude, labelOf('attitude', attitude, lang), false]),
    ['unknown', t('reportHtml.map.attitudeUnknown'), false],
    ['unknown', t('reportHtml.map.strong'), true],
  ];
  let x = 4;
  const legendY = height - 12;
  for (const [tone, word, strong] of legend) {
    parts.push(
      `<g class="node tone-${tone}${strong ? ' strong' : ''}"><circle cx="${x + 6}" cy="${legendY}" r="${strong ? 6 : 5}"/></g>`,
      `<text x="${x + 16}" y="${legendY + 4}" class="label small">${escapeHtml(word)}</text>`,
    );
    x += 28 + Array.from(word).length * 7;
  }
  parts.push('</svg>');
  return parts.join('');
}
