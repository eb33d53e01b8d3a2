// One rendering per figure: the ranking, the change, the target verdict and the coverage detail are
// drawn by one component each in src/components (RankingTable, ChangeCell, TargetVerdict,
// CoverageDetail), and the views, the deck and the report use them, choosing a density or a size,
// never markup or words of their own. They had drifted apart (only the Wards table showed the
// counts of a small-numbers change; the coverage was worded four ways).
//
// The rule, checked on every source file under src/features and src/app: a view, slide or report
// section may not reach for what a figure's component is built from. That is
//   - the pieces: the change's tone, words and arrows, the ranking's columns and row cells;
//   - the words: the message keys the components own (change words, target verdicts, coverage);
//   - the parts of the figure read by hand: a change's small base, a coverage's numerator or
//     denominator, a ranking row's move;
//   - a component of its own named like one of the figures (…ChangeCell, …Verdict, …Coverage,
//     …Ranking…Table).
// Each of these is what a second rendering needs; a caller of the shared component needs none.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

type Figure = 'ranking' | 'change' | 'target-verdict' | 'coverage';

/** Names a feature may not import, and the figure each belongs to. */
const pieces: Record<string, Figure> = {
  changeTone: 'change',
  useChangeWords: 'change',
  changeArrows: 'change',
  rankingColumns: 'ranking',
  RankingRow: 'ranking',
  RankCell: 'ranking',
  NameCell: 'ranking',
  FixedRankingTable: 'ranking',
  RankingDensityContext: 'ranking',
};

/** The message keys the components own. */
function keyFigure(key: string): Figure | null {
  if (/^change\.(up|down|flat|nearlyFlat|new|noPriorData|smallNumbers|smallCounts|good|bad)$/.test(key))
    return 'change';
  if (/^target\./.test(key) || /\.target(Met|NotMet|None|Unknown)$|\.target\.(met|notMet|unknown)$/.test(key))
    return 'target-verdict';
  if (/^coverage\./.test(key) || /coverageDetail|\.ofAreas$|coveredOfAll/.test(key)) return 'coverage';
  if (/^wards\.(rankUp|rankDown|rankSame|totalsOf|rowsHidden)$/.test(key)) return 'ranking';
  return null;
}

/** A component of a feature's own, named like a figure's. */
function nameFigure(name: string): Figure | null {
  if (/ChangeCell$/.test(name)) return 'change';
  if (/(Verdict|TargetMark)$/.test(name)) return 'target-verdict';
  if (/Coverage(Detail)?$/.test(name)) return 'coverage';
  if (/Ranking\w*Table$|RankRow$/.test(name)) return 'ranking';
  return null;
}

/** `x.smallBase`, `coverage.numerator`, `row.rankChange`: a figure's parts, read to draw it by hand. */
function accessFigure(node: ts.PropertyAccessExpression): Figure | null {
  const name = node.name.text;
  if (name === 'smallBase') return 'change';
  if (name === 'rankChange' || name === 'priorRank') return 'ranking';
  if (name === 'numerator' || name === 'denominator') {
    const owner = node.expression;
    const ownerName = ts.isPropertyAccessExpression(owner)
      ? owner.name.text
      : ts.isIdentifier(owner)
        ? owner.text
        : '';
    if (/coverage$/i.test(ownerName)) return 'coverage';
  }
  return null;
}

/** Where a file draws a figure without its component: "line: figure: what". */
export function violations(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, figure: Figure, what: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${line + 1}: ${figure}: ${what}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportSpecifier(node)) {
      const name = (node.propertyName ?? node.name).text;
      const figure = pieces[name];
      if (figure) report(node, figure, `imports ${name}`);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const figure = keyFigure(node.text);
      if (figure) report(node, figure, `says '${node.text}'`);
    } else if (ts.isPropertyAccessExpression(node)) {
      const figure = accessFigure(node);
      if (figure) report(node, figure, `reads ${node.getText(source)}`);
    } else if (
      (ts.isFunctionDeclaration(node) || ts.isVariableDeclaration(node) || ts.isClassDeclaration(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    ) {
      const figure = nameFigure(node.name.text);
      if (figure) report(node, figure, `defines ${node.name.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('one rendering per figure', () => {
  const files = [...sourceFiles(join(root, 'src/features')), ...sourceFiles(join(root, 'src/app'))];

  it('scans the views, the deck and the report', () => {
    const names = files.map((f) => relative(root, f));
    expect(names).toContain('src/features/present/ranking-slide.tsx');
    expect(names).toContain('src/features/report/ranking-section.tsx');
    expect(names).toContain('src/features/wards/wards-page.tsx');
  });

  it('finds no figure drawn without its component in src/features or src/app', () => {
    const found = files.flatMap((file) =>
      violations(file, readFileSync(file, 'utf8')).map((v) => `${relative(root, file)}:${v}`),
    );
    expect(found).toEqual([]);
  });

  // The rule can fail: each of these is a second rendering of a figure, as the code had them.
  it.each<[string, Figure, string]>([
    [
      'a change cell of its own',
      'change',
      `export function ChangeCell({ change }: { change: Change }) { return <span>{change.delta}</span>; }`,
    ],
    [
      'the change words and tone, put together by hand',
      'change',
      `import { changeTone } from '../../figures/figures';
       const tone = changeTone(c, 'down');`,
    ],
    [
      'a small-numbers chip without the counts',
      'change',
      `<span className="chip">{t('change.smallNumbers')}</span>`,
    ],
    ['a small base read by hand', 'change', `{c.smallBase && <span>!</span>}`],
    [
      'a target verdict of its own',
      'target-verdict',
      `function TargetMark({ met }: { met: boolean }) { return <span>{met ? '✓' : '✗'}</span>; }`,
    ],
    [
      'a verdict worded by a view',
      'target-verdict',
      `t(met ? 'mediation.targetMet' : 'mediation.targetNotMet')`,
    ],
    ['the verdict keys used by hand', 'target-verdict', `t('target.met')`],
    [
      'the coverage as a bare fraction',
      'coverage',
      `<p>{fmt.number(f.coverage.numerator)} / {fmt.number(f.coverage.denominator)}</p>`,
    ],
    ['the coverage worded by a slide', 'coverage', `t('present.ofAreas', { covered, total })`],
    [
      'a ranking table of its own',
      'ranking',
      `function RankingTable({ rows }: { rows: readonly RankingRow[] }) { return <table />; }`,
    ],
    [
      'a ranking row drawn from its type',
      'ranking',
      `import type { RankingRow } from '../../figures/ranking';`,
    ],
    ['a rank move read by hand', 'ranking', `<td>{row.rankChange}</td>`],
    ['the ranking columns reused in a table of its own', 'ranking', `import { rankingColumns } from 'x';`],
  ])('catches %s', (_, figure, code) => {
    const found = violations('src/features/planted/planted.tsx', code);
    expect(found.length, found.join('\n')).toBeGreaterThan(0);
    expect(
      found.every((v) => v.includes(`: ${figure}: `)),
      found.join('\n'),
    ).toBe(true);
  });

  it('lets a view use the shared components and the figures around them', () => {
    const code = `
      import { ChangeCell } from '../../components/change-cell';
      import { CoverageDetail } from '../../components/coverage-detail';
      import { RankingTable } from '../../components/ranking-table/ranking-table';
      import { TargetVerdict } from '../../components/target-verdict';
      export function Slide({ f, ranking, met }: Props) {
        return (
          <>
            <ChangeCell change={f.incidents} better="down" />
            <p>{f.coverage?.value == null ? '—' : fmt.percent(f.coverage.value)}</p>
            <CoverageDetail coverage={f.coverage} size="line" />
            <TargetVerdict met={met} target={{ kind: 'mediationRate', value: 0.8 }} size="line" />
            <RankingTable density="slide" caption="" rows={ranking.rows} testId="deck-ranking" />
            <p>{t('change.prior', { value: 3 })}</p>
            <p>{fmt.number(m.rate.numerator)}</p>
          </>
        );
      }`;
    expect(violations('src/features/planted/fine.tsx', code)).toEqual([]);
  });

  it('has each shared component stamp its figure on its root', () => {
    const stamps: Record<string, Figure> = {
      'src/components/change-cell.tsx': 'change',
      'src/components/target-verdict.tsx': 'target-verdict',
      'src/components/coverage-detail.tsx': 'coverage',
      'src/components/ranking-table/ranking-table.tsx': 'ranking',
      'src/components/ranking-table/ranking-fixed.tsx': 'ranking',
    };
    for (const [file, figure] of Object.entries(stamps))
      expect(readFileSync(join(root, file), 'utf8'), file).toContain(`data-figure="${figure}"`);
  });
});
