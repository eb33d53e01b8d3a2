// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { change } from '../figures/figures';
import { I18nProvider } from '../i18n/i18n-context';
import type { Locale } from '../i18n/locales';
import { ChangeIndicator } from './change-indicator';
import { PointsIndicator } from './points-indicator';

function inLocale(locale: Locale, node: ReactNode) {
  return render(<I18nProvider locale={locale}>{node}</I18nProvider>);
}

describe('ChangeIndicator', () => {
  it('shows a −0.04 % change as neutral with ■, and says the rounded figure', () => {
    inLocale('en', <ChangeIndicator change={change(9996, 10000)} better="down" />);
    const el = screen.getByTestId('change');
    expect(el).toHaveAttribute('data-tone', 'neutral');
    expect(el).toHaveTextContent('■');
    expect(el).toHaveTextContent('About the same (0.0%)');
    expect(el).not.toHaveTextContent(/Down|good|bad/);
  });

  it('shows a −0.06 % change as down, good news for incidents', () => {
    inLocale('en', <ChangeIndicator change={change(9994, 10000)} better="down" />);
    const el = screen.getByTestId('change');
    expect(el).toHaveAttribute('data-tone', 'good');
    expect(el).toHaveTextContent('▼');
    expect(el).toHaveTextContent('Down 0.1%');
  });

  it('still says "no change" when nothing moved, in every locale', () => {
    inLocale('vi', <ChangeIndicator change={change(40, 40)} better="down" />);
    expect(screen.getByTestId('change')).toHaveTextContent('Không đổi');
  });

  it('words a near-zero change in Vietnamese and French', () => {
    inLocale('vi', <ChangeIndicator change={change(9996, 10000)} better="down" />);
    expect(screen.getByTestId('change')).toHaveTextContent(/Gần như không đổi \(0,0\s?%\)/u);
  });
});

describe('PointsIndicator', () => {
  it('shows −0.04 points as neutral with ■', () => {
    inLocale('vi', <PointsIndicator points={-0.0004} priorBase={200} better="up" />);
    const el = screen.getByTestId('points');
    expect(el).toHaveAttribute('data-tone', 'neutral');
    expect(el).toHaveTextContent('■');
    expect(el).not.toHaveTextContent('▼');
  });

  it('shows −0.06 points as down, bad news for a resolution rate', () => {
    inLocale('en', <PointsIndicator points={-0.0006} priorBase={200} better="up" />);
    const el = screen.getByTestId('points');
    expect(el).toHaveAttribute('data-tone', 'bad');
    expect(el).toHaveTextContent('▼');
  });
});
