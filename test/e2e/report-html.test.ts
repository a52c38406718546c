/**
 * The HTML review through the built binary, opened in a real browser:
 * headless Chromium (Debian's `chromium` package; .ci/run installs it) loads
 * the page and a probe reports what it drew: every chart's size on screen,
 * how many of its bars and nodes have a non-zero box, and the page's text.
 * The probe is a <script> added only to a copy of the page made here (the
 * page itself has no script and a CSP that forbids one). Without Chromium
 * on PATH the browser test is skipped and says why.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnAcct, tempDir } from '../helpers.js';

const execFileAsync = promisify(execFile);

/** The first of Debian's and other distributions' names for Chromium found on PATH. */
function findChromium(): string | null {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const path = join(folder, name);
      try {
        accessSync(path, constants.X_OK);
        return path;
      } catch {
        // Not here; try the next folder.
      }
    }
  }
  return null;
}

const CHROMIUM = findChromium();
const SKIP_REASON = 'skipped: chromium is not on PATH (apt-get install chromium; .ci/run does)';
if (!CHROMIUM) console.warn(`test/e2e/report-html.test.ts: browser test ${SKIP_REASON}`);

const HOSTILE = '<script>alert(1)</script>';
const ACCOUNTS = ['Acme Industrial', 'Nordic Pack AB', HOSTILE];

/** What the probe reports, read back from the DOM Chromium dumps. */
interface Probe {
  charts: { chart: string; width: number; height: number; marks: number; drawn: number }[];
  sections: string[];
  headings: string[];
  text: string;
  scripts: number;
}

/** Runs in the page: measures every chart and writes the result on <body data-probe>. */
const PROBE = `<script>
(function () {
  var charts = Array.prototype.map.call(document.querySelectorAll('svg.chart'), function (svg) {
    var box = svg.getBoundingClientRect();
    var marks = svg.querySelectorAll('rect.bar, g.node circle, rect.cell');
    var drawn = Array.prototype.filter.call(marks, function (mark) {
      var b = mark.getBoundingClientRect();
      return b.width > 0 && b.height > 0;
    }).length;
    return { chart: svg.getAttribute('data-chart'), width: box.width, height: box.height, marks: marks.length, drawn: drawn };
  });
  var probe = {
    charts: charts,
    sections: Array.prototype.map.call(document.querySelectorAll('section.account'), function (s) { return s.id; }),
    headings: Array.prototype.map.call(document.querySelectorAll('h1, h2, h4'), function (h) { return h.textContent; }),
    text: document.body.innerText,
    scripts: document.scripts.length
  };
  document.body.setAttribute('data-probe', JSON.stringify(probe));
})();
</script>`;

const ENTITIES: Record<string, string> = { '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#39;': "'" };

function readProbe(dom: string): Probe {
  const match = /data-probe="([^"]*)"/.exec(dom);
  if (!match) throw new Error(`no probe in the dumped DOM:\n${dom.slice(0, 2000)}`);
  return JSON.parse(match[1]!.replace(/&quot;|&amp;|&lt;|&gt;|&#39;/g, (entity) => ENTITIES[entity]!)) as Probe;
}

async function acct(db: string, ...args: string[]): Promise<string> {
  const result = await spawnAcct(['--db', db, ...args]);
  if (result.code !== 0) throw new Error(`acct ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

let page = '';
let folder = '';

describe('acct report -o review.html through the binary', () => {
  // One portfolio for the file and the browser tests (tempDir's folders go after each test).
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'acct-html-'));
    const db = join(folder, 'acct.db');
    await acct(db, 'add', ACCOUNTS[0]!, '--owner', 'lin', '--tier', 'A', '--position', 'primary');
    await acct(db, 'add', ACCOUNTS[1]!, '--owner', 'wu', '--tier', 'A', '--position', 'sole');
    await acct(db, 'add', ACCOUNTS[2]!, '--owner', 'lin', '--tier', 'A', '--position', 'primary');
    await acct(db, 'contact', 'add', 'acme', 'Wang Li', '--department', 'purchasing', '--seniority', 'manager');
    await acct(db, 'contact', 'edit', 'acme', 'Wang Li', '--attitude', 'supporter', '--strength', '3');
    await acct(db, 'contact', 'add', 'acme', 'Emma Liu', '--department', 'technical', '--attitude', 'opponent');
    await acct(db, 'log', 'acme', 'Sent the revised quote', '--type', 'email', '--date', '2026-02-01');
    await acct(db, 'action', 'add', 'nordic', 'Invite the plant manager', '--due', '2026-03-01');
    page = join(folder, 'review.html');
    const written = await spawnAcct(['--db', db, 'report', '-o', page]);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toBe('');
  }, 120_000);

  it('writes the page 0600, with no script of its own', () => {
    expect(statSync(page).mode & 0o777).toBe(0o600);
    const html = readFileSync(page, 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it.skipIf(!CHROMIUM)(
    `renders in headless Chromium: charts drawn, names, headings and sections there${CHROMIUM ? '' : ` (${SKIP_REASON})`}`,
    async () => {
      const html = readFileSync(page, 'utf8');
      // The copy lets the probe run: the page's CSP forbids scripts, so the copy's allows inline ones.
      const copy = join(folder, 'probe.html');
      writeFileSync(
        copy,
        html
          .replace("default-src 'none';", "default-src 'none'; script-src 'unsafe-inline';")
          .replace('</body>', `${PROBE}\n</body>`),
      );
      const profile = tempDir();
      const { stdout } = await execFileAsync(
        CHROMIUM!,
        [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-extensions',
          `--user-data-dir=${profile}`,
          '--window-size=1200,1600',
          '--dump-dom',
          pathToFileURL(copy).href,
        ],
        { env: { ...process.env, HOME: profile, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile }, timeout: 90_000 },
      );
      const probe = readProbe(stdout);

      // Only the probe ran: the page brought no script.
      expect(probe.scripts).toBe(1);
      // The three portfolio charts and one relationship map per account section, each drawn with a real size.
      const kinds = probe.charts.map((chart) => chart.chart);
      expect(kinds.slice(0, 3)).toEqual(['funnel', 'columns', 'bars']);
      expect(kinds.filter((kind) => kind === 'map')).toHaveLength(probe.sections.length);
      for (const chart of probe.charts) {
        expect(chart.width, chart.chart).toBeGreaterThan(100);
        expect(chart.height, chart.chart).toBeGreaterThan(50);
        expect(chart.drawn, `${chart.chart}: ${chart.drawn} of ${chart.marks} marks drawn`).toBeGreaterThan(0);
      }
      // All three key accounts are on the list, each with its section.
      expect(probe.sections).toHaveLength(3);
      for (const name of ACCOUNTS) expect(probe.text).toContain(name);
      expect(probe.text).toContain('Wang Li');
      expect(probe.text).toContain('Invite the plant manager');
      for (const heading of ['Needs you this week (3 accounts)', 'Per owner', 'Charts', 'Portfolio at a glance']) {
        expect(probe.headings).toContain(heading);
      }
      for (const heading of ['Briefing', 'Relationship map', 'Last plan', 'Open actions']) {
        expect(probe.headings.filter((h) => h === heading)).toHaveLength(3);
      }
    },
    120_000,
  );
});
