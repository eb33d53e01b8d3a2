// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/i18n-context';
import { ThemeToggle } from './theme-toggle';

describe('ThemeToggle', () => {
  beforeEach(() => localStorage.setItem('antt.theme', 'light'));

  it('names what it turns on, and says by aria-pressed whether it is on', () => {
    render(
      <I18nProvider locale="vi">
        <ThemeToggle />
      </I18nProvider>,
    );
    const button = screen.getByRole('button', { name: 'Chế độ tối' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(button).toHaveTextContent('☾ Chế độ tối');
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.dataset.theme).toBe('dark');
    // The words and icon stay: a pressed "Dark mode" is on, not a button offering "light".
    expect(button).toHaveTextContent('☾ Chế độ tối');
  });
});
