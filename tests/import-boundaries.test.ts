// The lint rule that keeps imports flowing one way (eslint/import-boundaries.js) really rejects
// each crossing, and accepts the allowed directions.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function messages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'antt/import-boundaries').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    [
      'src/features/overview/x.ts',
      "import { a } from '../incidents/y';",
      /another feature \(overview → incidents\)/,
    ],
    [
      'src/features/patrols/api/x.ts',
      "import { a } from '../../groups/y';",
      /another feature \(patrols → groups\)/,
    ],
    ['src/features/overview/x.ts', "import { a } from '../../app/routes/root';", /never imports the app/],
    [
      'src/components/x.ts',
      "import { a } from '../features/overview/y';",
      /shared code never imports a feature/,
    ],
    ['src/lib/x.ts', "export { a } from '../app/app';", /shared code never imports the app/],
    [
      'server/src/x.ts',
      "import { a } from '../../src/components/name';",
      /never imports the dashboard's code/,
    ],
    ['server/src/x.ts', "import React from 'react';", /UI packages/],
  ])('%s: %s is refused', async (file, code, expected) => {
    const found = await messages(file, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });

  it.each([
    ['src/features/overview/x.ts', "import { a } from '../../components/kpi';"],
    ['src/features/patrols/api/x.ts', "import { a } from '../columns';"],
    ['src/app/routes/x.ts', "import { a } from '../../features/overview/page';"],
    ['server/src/x.ts', "import { a } from '../../src/api/schemas';"],
    ['server/src/x.ts', "import { a } from '../../mocks/generator';"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await messages(file, code)).toEqual([]);
  });
});
