import { useSyncExternalStore } from 'react';

/**
 * Below Tailwind's `lg` (64rem): the compact header, with everything but area and period in a menu.
 * Phones and tablets alike: at 768 px the full header took 295 px, three rows of tools and views.
 */
export const COMPACT_HEADER_QUERY = '(max-width: 63.99rem)';
/** Below Tailwind's `sm` (40rem): a phone held upright, where wide tables show their key columns. */
export const PHONE_QUERY = '(max-width: 39.99rem)';

/**
 * Whether a media query matches, following changes (a rotated phone, a resized window). Layouts
 * that differ in structure, not only in style, use it so that each breakpoint renders its elements
 * once, in the order they are seen. Without matchMedia (jsdom in unit tests) it never matches.
 */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    () => window.matchMedia?.(query).matches ?? false,
    () => false,
  );
}
