// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OUTCOME_ORDER } from '../../../mocks/generator';
import { formatters } from '../../i18n/format';
import { renderApp } from '../../test/render-app';
import { setupMockApi } from '../../test/mock-api';

const { dataset } = setupMockApi();
const fmt = formatters('en');

/** A root figure over months, summed from the generator's per-ward data. */
function rootSum(from: string, to: string, pick: (w: number, m: number) => number) {
  let sum = 0;
  for (let m = dataset.monthIndex(from); m <= dataset.monthIndex(to); m++)
    for (let w = 0; w < dataset.wards.length; w++) sum += pick(w, m);
  return sum;
}
const incidents = (w: number, m: number) => dataset.wardMonthly(w).incidentTotal[m] ?? 0;
const outcome = (o: (typeof OUTCOME_ORDER)[number]) => (w: number, m: number) =>
  dataset.wardMonthly(w).outcomes[m * OUTCOME_ORDER.length + OUTCOME_ORDER.indexOf(o)] ?? 0;

async function counter(text: string) {
  await waitFor(() => expect(screen.getByTestId('slide-counter')).toHaveTextContent(text));
}

describe('Present deck', () => {
  it('shows the KPI slide with the figures the mock data implies, without the app shell', async () => {
    renderApp('/present?lang=en&slide=2');
    const value = await screen.findByTestId('deck-incidents-value');
    expect(value).toHaveTextContent(fmt.number(rootSum('2025-11', '2026-10', incidents)));
    const change = within(screen.getByTestId('deck-incidents')).getByTestId('change');
    expect(change).toHaveTextContent(fmt.number(rootSum('2024-11', '2025-10', incidents)));

    const resolved = rootSum('2025-11', '2026-10', outcome('resolved'));
    const closed =
      resolved +
      rootSum('2025-11', '2026-10', outcome('referred')) +
      rootSum('2025-11', '2026-10', outcome('unresolved'));
    expect(screen.getByTestId('deck-mediation-rate-value')).toHaveTextContent(fmt.percent(resolved / closed));
    expect(screen.getByTestId('deck-mediation-detail')).toHaveTextContent(
      `${fmt.number(resolved)} of ${fmt.number(closed)} closed cases`,
    );
    expect(screen.getByTestId('deck-coverage-detail')).toHaveTextContent(
      `of ${fmt.number(dataset.root.residentialAreas)} residential areas`,
    );

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Security and order self-management');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Key figures');
    expect(screen.getByTestId('slide-announcement')).toHaveTextContent('Slide 2 of 10: Key figures');
    // No header, navigation or footer of the app around the deck.
    expect(screen.queryByTestId('copy-link')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Views' })).not.toBeInTheDocument();
  });

  it('moves with the keyboard, follows the URL and leaves to the Overview with Esc', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/present?lang=en&period=2025');
    await counter('1 / 10');
    expect(await screen.findByRole('heading', { level: 2, name: dataset.root.name })).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    await counter('2 / 10');
    expect(router.state.location.search).toMatchObject({ slide: '2', period: '2025', lang: 'en' });
    await user.keyboard('{PageDown}');
    await counter('3 / 10');
    await user.keyboard(' ');
    await counter('4 / 10');
    await user.keyboard('{ArrowLeft}');
    await counter('3 / 10');
    await user.keyboard('{PageUp}');
    await counter('2 / 10');
    await user.keyboard('{End}');
    await counter('10 / 10');
    await user.keyboard('{ArrowRight}');
    await counter('10 / 10');
    await user.keyboard('{Home}');
    await counter('1 / 10');
    await user.keyboard('5');
    expect(screen.getByTestId('deck-digits')).toHaveTextContent('5');
    await user.keyboard('{Enter}');
    await counter('5 / 10');
    expect(screen.getByTestId('slide-announcement')).toHaveTextContent(
      'Slide 5 of 10: Areas with the largest rise in incidents',
    );
    // A number outside the deck goes nowhere.
    await user.keyboard('42{Enter}');
    await counter('5 / 10');

    await user.keyboard('{Escape}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(router.state.location.search).toEqual({ period: '2025', lang: 'en' });
    expect(await screen.findByTestId('copy-link')).toBeInTheDocument();
  });

  // One rendering per figure (tests/one-rendering-per-figure.test.ts): the slides draw the ranking,
  // the changes, the verdicts and the coverage with the shared components, stamped data-figure.
  it('draws every figure of the slides with its shared component', async () => {
    const user = userEvent.setup();
    renderApp('/present?lang=en&slide=2');
    const coverage = await screen.findByTestId('deck-coverage-detail');
    expect(coverage).toHaveAttribute('data-figure', 'coverage');

    await user.keyboard('{ArrowRight}');
    await counter('3 / 10');
    const verdict = await screen.findByTestId('deck-incident-target');
    expect(verdict).toHaveAttribute('data-figure', 'target-verdict');

    await user.keyboard('{ArrowRight}');
    await counter('4 / 10');
    const falls = await screen.findByTestId('deck-falls');
    const moves = [...falls.querySelectorAll('tbody tr')];
    expect(moves.length).toBeGreaterThan(0);
    for (const row of moves) expect(row.querySelector('[data-figure="change"]')).not.toBeNull();

    await user.keyboard('{End}{ArrowLeft}');
    await counter('9 / 10');
    const ranking = await screen.findByTestId('deck-ranking');
    expect(ranking.closest('[data-figure="ranking"]')).toHaveAttribute('data-density', 'slide');
    const rows = [...ranking.querySelectorAll('tbody tr[data-area]')];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.querySelector('[data-column="change"] [data-figure="change"]')).not.toBeNull();
      expect(row.querySelector('[data-column="mediation"] [data-figure="target-verdict"]')).not.toBeNull();
    }
  });

  it('opens the nearest slide for an out-of-range link, and the buttons move too', async () => {
    const user = userEvent.setup();
    renderApp('/present?lang=en&slide=99');
    await counter('10 / 10');
    expect(screen.getByTestId('deck-next')).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Previous slide' }));
    await counter('9 / 10');
  });

  it('pauses the auto-advance on a key', async () => {
    const user = userEvent.setup();
    renderApp('/present?lang=en&auto=5');
    await counter('1 / 10');
    expect(screen.getByTestId('deck-auto')).toHaveValue('5');
    expect(screen.getByTestId('deck-auto-state')).toHaveTextContent('Running');
    await user.keyboard('x');
    expect(screen.getByTestId('deck-auto-state')).toHaveTextContent('Paused');
    await user.click(screen.getByTestId('deck-resume'));
    expect(screen.getByTestId('deck-auto-state')).toHaveTextContent('Running');
  });

  it('shows the speaker notes with numerators, denominators and definitions, and follows the deck', async () => {
    renderApp('/present?lang=en&notes=1&slide=2');
    await waitFor(() => expect(screen.getByTestId('notes-counter')).toHaveTextContent('2 / 10'));
    const resolved = rootSum('2025-11', '2026-10', outcome('resolved'));
    const closed =
      resolved +
      rootSum('2025-11', '2026-10', outcome('referred')) +
      rootSum('2025-11', '2026-10', outcome('unresolved'));
    expect(await screen.findByTestId('note-mediation-rate')).toHaveTextContent(
      `${fmt.percent(resolved / closed)} = ${fmt.number(resolved)} / ${fmt.number(closed)}`,
    );
    expect(screen.getByTestId('notes-definitions')).toHaveTextContent(
      'Local mediation resolution rate = resolved / (resolved + referred + unresolved)',
    );
    expect(screen.getByTestId('notes-next')).toHaveTextContent(
      'Next: Incidents by month against a year earlier',
    );

    // The deck, in another window, moves to slide 6: the notes follow.
    const deck = new BroadcastChannel('antt-present');
    deck.postMessage({ type: 'slide', deck: '|', slide: 6 });
    await waitFor(() => expect(screen.getByTestId('notes-counter')).toHaveTextContent('6 / 10'));
    expect(screen.getByTestId('notes-current')).toHaveTextContent(
      'Slide 6 of 10: Local mediation: resolution rate',
    );
    // A message of another deck (another area or period) is not ours.
    deck.postMessage({ type: 'slide', deck: 'other|2024', slide: 3 });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByTestId('notes-counter')).toHaveTextContent('6 / 10');
    deck.close();
  });
});
