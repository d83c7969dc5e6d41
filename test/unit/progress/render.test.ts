import { strict as assert } from 'assert';
import MarkdownIt from 'markdown-it';
import { buildReport, renderReportMarkdown, renderReportText } from '../../../src/core/progress';
import { checkin, keyResult, MID_Q4, milestone, objective, okrFile, percentKr } from './fixtures';
import { figuresOf } from './fixtures';

const at = { today: MID_Q4 };

function files(title = 'Grow it', note = 'Halfway there') {
  return [
    okrFile('teams/a.okr.yaml', [
      objective('A-1', [
        percentKr(undefined, {
          id: 'A-1.1',
          title,
          unit: '%',
          checkins: [checkin('2026-10-10', 20), checkin('2026-11-01', 45, { note })],
        }),
        keyResult({
          id: 'A-1.2',
          title: 'Ship the thing',
          type: 'milestone',
          milestones: [milestone('one', true), milestone('two', false), milestone('three', false, 2)],
        }),
      ]),
    ]),
  ];
}

describe('progress/report renderers', () => {
  describe('renderReportText', () => {
    const text = renderReportText(buildReport(files(), figuresOf(at)));
    const lines = text.split('\n');

    it('shows objective rows and indented KR rows with %, score, status and last check-in', () => {
      const objectiveRow = lines.find((line) => line.startsWith('A-1 '));
      const krRow = lines.find((line) => line.startsWith('  A-1.1 '));
      assert.ok(objectiveRow && krRow, text);
      // (0.45 + 0.25) / 2 = 0.35.
      assert.match(objectiveRow, /^A-1\s+Objective A-1\s+35%\s+0\.35\s+at risk$/);
      assert.match(krRow, /^ {2}A-1\.1\s+Grow it\s+45%\s+0\.45\s+on track, stale\s+45%\s+2026-11-01 \(14 d ago\)$/);
      assert.match(lines.find((line) => line.startsWith('  A-1.2 ')) ?? '', /25%\s+0\.25\s+at risk\s+1\/3 milestones · 25% by weight$/);
    });

    it('aligns the columns: every progress figure ends in the same column', () => {
      const header = lines.find((line) => line.startsWith('ID'))!;
      const progressEnd = header.indexOf('PROGRESS') + 'PROGRESS'.length;
      const rows = lines.filter((line) => /^( {2})?A-1/.test(line));
      assert.equal(rows.length, 3);
      for (const row of rows) assert.equal(row[progressEnd - 1], '%', row);
    });

    it('ends with the zone evaluation', () => {
      assert.match(
        text,
        /Evaluation\n2026-Q4: progress 35% \(expected 50%\) · score 0\.35 commit · KRs by zone: fail 1, commit 1, target 0, stretch 0\n$/,
      );
    });

    it('keeps user text on one line and drops terminal control characters', () => {
      const out = renderReportText(buildReport(files('Evil\n\u001b[31mred\ttitle'), figuresOf(at)));
      assert.ok(!out.includes('\u001b'));
      assert.match(out, /^ {2}A-1\.1\s+Evil \[31mred title\s/m);
    });

    it('truncates long titles to keep the table readable', () => {
      const out = renderReportText(buildReport(files('x'.repeat(60)), figuresOf(at)));
      assert.match(out, new RegExp(`  A-1\\.1\\s+${'x'.repeat(39)}…\\s`));
    });

    it('says so when there is nothing to report', () => {
      assert.equal(renderReportText(buildReport([], figuresOf(at))), `OKR review ${MID_Q4}: no OKR files.\n`);
    });
  });

  describe('renderReportMarkdown', () => {
    const md = new MarkdownIt({ html: false });
    const markdown = renderReportMarkdown(buildReport(files(), figuresOf(at)));

    it('has headings per team and objective, a KR table and the quoted note', () => {
      assert.match(markdown, /^# OKR review 2026-11-15$/m);
      assert.match(markdown, /^## Team · 2026-Q4$/m);
      assert.match(markdown, /^### A-1: Objective A-1$/m);
      assert.match(
        markdown,
        /^\| A-1\.1 \| Grow it \| 45% \| 0\.45 \| commit \| on track, stale \| 45% \| 2026-11-01 \| \+25, \+25 pts since 2026-10-10 \|$/m,
      );
      assert.match(markdown, /^> \*\*A-1\.1\*\* \(2026-11-01\): Halfway there$/m);
    });

    it('ends with the zone evaluation table', () => {
      assert.match(
        markdown,
        /## Evaluation[\s\S]*\| 2026-Q4 \| 1 \| 1 \| 0 \| 0 \| 35% \| 50% \| 0\.35 \(commit\) \|\n$/,
      );
    });

    it('renders as real tables: a `|` in a title stays inside its cell', () => {
      const html = md.render(renderReportMarkdown(buildReport(files('Cut p95 | p99 latency \\| both'), figuresOf(at))));
      const row = html.split('<tr>').find((part) => part.includes('Cut p95'))!;
      assert.equal(row.split('<td').length - 1, 9);
      assert.match(row, /<td>Cut p95 \| p99 latency .*both<\/td>/);
    });

    it('keeps a multi-line note inside its quote and disarms raw HTML', () => {
      const note = 'First line\n# Not a heading\n<img src=x onerror=alert(1)> | pipe';
      const markdown = renderReportMarkdown(buildReport(files('Grow it', note), figuresOf(at)));
      assert.match(
        markdown,
        /^> \*\*A-1\.1\*\* \(2026-11-01\): First line # Not a heading &lt;img src=x onerror=alert\(1\)> \| pipe$/m,
      );
      const html = new MarkdownIt({ html: true }).render(markdown);
      assert.ok(!html.includes('<img'), 'even a renderer that allows HTML shows it as text');
      assert.equal((html.match(/<h1>/g) ?? []).length, 1);
    });

    it('says so when there is nothing to report', () => {
      assert.equal(renderReportMarkdown(buildReport([], figuresOf(at))), `# OKR review ${MID_Q4}\n\nNo OKR files.\n`);
    });
  });
});
