import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StartingShell } from '../src/components/starting-shell';
import { vi as messages } from '../src/i18n/messages/vi';

// The page index.html paints before JavaScript must be the one React then draws while the data's
// range loads, box for box: otherwise the switch moves the page (a layout shift) or shows two
// different titles in turn.
const html = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'index.html'), 'utf8');

describe('the starting page in index.html', () => {
  it('is the markup of StartingShell in Vietnamese', () => {
    const root = /<div id="root">([\s\S]*?)<\/div>\s*<script/.exec(html)?.[1];
    expect(root, 'index.html has a #root').toBeDefined();
    const expected = renderToStaticMarkup(
      <StartingShell title={messages['app.title']} loading={messages['range.loading']} />,
    );
    // Whitespace between the tags (the formatter's indentation) draws nothing in these boxes.
    expect(root?.replace(/>\s+</g, '><').trim()).toBe(expected);
  });
});
