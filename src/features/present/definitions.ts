import type { MessageKey } from '../../i18n/locales';
import '../../i18n/messages/views/present';
import '../../i18n/messages/views/present-notes';
import type { SlideId } from './slides';

/** The README's "Definitions" behind each slide's figures, shown in the speaker notes. */
export const slideDefinitions: Record<SlideId, readonly MessageKey[]> = {
  title: ['present.def.comparison', 'present.def.asOf'],
  kpis: [
    'present.def.comparison',
    'present.def.change',
    'present.def.rate',
    'present.def.mediation',
    'present.def.coverage',
    'present.def.missing',
  ],
  trend: [
    'present.def.comparison',
    'present.def.change',
    'present.def.incidentTarget',
    'present.def.missing',
  ],
  falls: ['present.def.moves', 'present.def.change', 'present.def.missing'],
  rises: ['present.def.moves', 'present.def.change', 'present.def.missing'],
  mediation: ['present.def.mediation', 'present.def.mediationTarget', 'present.def.missing'],
  groups: ['present.def.coverage', 'present.def.snapshot'],
  patrols: ['present.def.change', 'present.def.patrols', 'present.def.missing'],
  ranking: ['present.def.ranking', 'present.def.rate', 'present.def.mediation'],
  map: ['present.def.map', 'present.def.rate'],
};
