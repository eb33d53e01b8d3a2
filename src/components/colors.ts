import type { GroupType, IncidentCategory, MediationOutcome } from '../api/schemas';
import type { ChangeTone } from '../figures/figures';

/**
 * The one colour map: every chart and table takes its colours from here, so a category or an
 * outcome looks the same everywhere. CSS variables switch with the theme.
 */
export const seriesColors = {
  current: 'var(--series-current)',
  prior: 'var(--series-prior)',
  /** The usual-range band: a hue of its own, so its legend swatch is not the year-earlier grey. */
  usualRange: 'var(--series-usual)',
  /** A line drawn over coloured series (last year's total, a target): the text colour, legible on both themes. */
  reference: 'var(--text)',
} as const;

/** Seven hues far apart, so stacked categories stay apart (there were three reds side by side). */
export const incidentCategoryColors: Record<IncidentCategory, string> = {
  public_order: '#1d4ed8',
  property: '#7c3aed',
  drugs: '#be123c',
  social_evils: '#a16207',
  fire: '#ea580c',
  traffic: '#0f766e',
  other: '#64748b',
};

export const mediationOutcomeColors: Record<MediationOutcome, string> = {
  resolved: '#15803d',
  referred: '#1d4ed8',
  unresolved: '#b91c1c',
  pending: '#78716c',
};

export const groupTypeColors: Record<GroupType, string> = {
  security_order: '#1d4ed8',
  fire_prevention: '#dc2626',
  mediation: '#15803d',
  five_household: '#7c3aed',
  people_patrol: '#0f766e',
  drug_free: '#be123c',
  youth_law_club: '#ca8a04',
  veterans: '#4d7c0f',
  border_marker: '#92400e',
  market: '#c2410c',
  apartment_building: '#0369a1',
  industrial_zone: '#475569',
  other: '#78716c',
};

/** Tone → CSS class; the text and icon beside it carry the same meaning without colour. */
export const toneClass: Record<ChangeTone, string> = {
  good: 'tone-good',
  bad: 'tone-bad',
  neutral: 'tone-neutral',
  smallNumbers: 'tone-neutral',
};

/**
 * The map's classes, lightest (lowest) first: ColorBrewer's YlGnBu, safe for the common
 * colour-vision deficiencies and in greyscale; five classes.
 */
export const mapSequentialColors = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

/**
 * Changes: ColorBrewer's PuOr (11), purple for falls, orange for rises, each side lightest (nearest
 * none) first, and grey-white for a class that holds both.
 */
export const mapDivergingColors = {
  down: ['#d8daeb', '#b2abd2', '#8073ac', '#542788', '#2d004b'],
  none: '#f7f7f7',
  up: ['#fee0b6', '#fdb863', '#e08214', '#b35806', '#7f3b08'],
} as const;

/** Areas without data: the page's own background under a grey hatching. */
export const mapNoDataColor = '#ffffff';
export const mapHatchColor = '#6b7280';
export const mapOutlineColor = '#111827';
