// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import type { TooltipPayload } from 'recharts';
import { describe, expect, it } from 'vitest';
import { formatters } from '../../i18n/format';
import { I18nProvider } from '../../i18n/i18n-context';
import { ChartTooltipContent } from './chart-parts';
import {
  CHART_FONT_SIZE,
  countAxisProps,
  legendProps,
  monthAxisProps,
  percentAxisProps,
  valueFormatter,
} from './chart-style';

const vi = formatters('vi');
const en = formatters('en');

describe('chart style', () => {
  it('is legible on a projector: ticks and legend at least 12 px', () => {
    expect(CHART_FONT_SIZE).toBeGreaterThanOrEqual(12);
    expect(countAxisProps(en).tick.fontSize).toBeGreaterThanOrEqual(12);
    expect(legendProps.wrapperStyle.fontSize).toBeGreaterThanOrEqual(12);
  });

  it('formats ticks for the locale', () => {
    expect(countAxisProps(vi).tickFormatter(12500)).toBe(vi.number(12500));
    expect(countAxisProps(vi).tickFormatter(12500)).toContain('.');
    expect(percentAxisProps(en).tickFormatter(0.8)).toBe('80%');
    expect(monthAxisProps(en).tickFormatter('2026-01')).toBe(en.monthShort('2026-01'));
    expect(monthAxisProps(en, 'priorMonth').dataKey).toBe('priorMonth');
  });

  it('gives exact values in tooltips', () => {
    expect(valueFormatter(en, 'number')(1234)).toBe('1,234');
    expect(valueFormatter(en, 'percent')(0.1234)).toBe('12.3%');
    expect(valueFormatter(vi, 'decimal')(28.25)).toBe(vi.number(28.25, 1));
  });
});

describe('ChartTooltipContent', () => {
  const payload = [
    {
      name: 'Drugs',
      value: 1200,
      color: '#be123c',
      dataKey: 'drugs',
      graphicalItemId: 'a',
      payload: { total: 4321 },
    },
    { name: 'Usual range', value: [3, 9.5], color: '#999', dataKey: 'range', graphicalItemId: 'b' },
    { name: 'Hidden', value: 1, dataKey: 'hidden', graphicalItemId: 'c', hide: true },
  ] satisfies TooltipPayload;

  it('writes the month in full, every value exactly, ranges as low – high, and a summary', () => {
    render(
      <I18nProvider locale="en">
        <ChartTooltipContent
          active
          payload={payload}
          label="2026-03"
          summary={{ label: 'Total', dataKey: 'total' }}
        />
      </I18nProvider>,
    );
    expect(screen.getByText('March 2026')).toBeInTheDocument();
    expect(screen.getByText('1,200')).toBeInTheDocument();
    expect(screen.getByText('3 – 9.5'.replace('9.5', en.number(9.5)))).toBeInTheDocument();
    expect(screen.getByText('4,321')).toBeInTheDocument();
    expect(screen.queryByText('Hidden')).not.toBeInTheDocument();
  });

  it('renders nothing when inactive', () => {
    const { container } = render(<ChartTooltipContent active={false} payload={payload} label="2026-03" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('keeps a label that is not a month as it is', () => {
    render(<ChartTooltipContent active payload={payload.slice(0, 1)} label="Phường An" kind="percent" />);
    expect(screen.getByText('Phường An')).toBeInTheDocument();
  });
});
