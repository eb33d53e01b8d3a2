import type { MessageKey } from '../../i18n/locales';
import '../../i18n/messages/views/present';

/** The deck in order. The number of slides never depends on the data, so a link's slide stays put. */
export const SLIDES = [
  'title',
  'kpis',
  'trend',
  'falls',
  'rises',
  'mediation',
  'groups',
  'patrols',
  'ranking',
  'map',
] as const;
export type SlideId = (typeof SLIDES)[number];
export const SLIDE_COUNT = SLIDES.length;

export const slideTitleKey: Record<SlideId, MessageKey> = {
  title: 'present.slide.title',
  kpis: 'present.slide.kpis',
  trend: 'present.slide.trend',
  falls: 'present.slide.falls',
  rises: 'present.slide.rises',
  mediation: 'present.slide.mediation',
  groups: 'present.slide.groups',
  patrols: 'present.slide.patrols',
  ranking: 'present.slide.ranking',
  map: 'present.slide.map',
};

/** The seconds between slides the auto-advance offers (the `auto` URL param). */
export const AUTO_INTERVALS = ['5', '10', '20', '30'] as const;
export type AutoInterval = (typeof AUTO_INTERVALS)[number];

/** How many areas each of the "largest fall" and "largest rise" slides lists. */
export const MOVES_LIMIT = 5;

/** The `slide` param as a slide number: 1 when absent, clamped into the deck when out of range. */
export function parseSlide(raw: string | undefined, count: number = SLIDE_COUNT): number {
  const n = raw === undefined ? 1 : Number.parseInt(raw, 10);
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(n, count);
}

export function slideIdAt(slide: number): SlideId {
  return SLIDES[slide - 1] ?? 'title';
}
