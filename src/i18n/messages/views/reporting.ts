import { defineMessages } from '../define';

/**
 * Messages of reporting completeness and of the demo label on deck, notes, report and exports;
 * keys are prefixed "reporting." and "demoNote.". Counts come in "one"/"other" forms chosen with
 * Intl.PluralRules (src/components/reporting-note.tsx says on which number each language agrees).
 * The data range's own messages ("range.") are the shell's, in the core catalogue.
 */
export const reportingMessages = defineMessages({
  en: {
    'demoNote.text': 'Demo data: the figures are generated, not real.',
    'demoNote.export': 'Demo data (dữ liệu minh họa): the figures are generated and not real.',
    'reporting.month.one': '{reported} of {wards} ward reported {month}',
    'reporting.month.other': '{reported} of {wards} wards reported {month}',
    'reporting.incomplete': 'Not every ward has reported: unreported ward-months count as 0.',
    'reporting.listWards': 'Wards that have not reported',
    'reporting.chip': 'incomplete reports',
    'reporting.rowNote': 'Includes months not every ward reported',
    'reporting.failed':
      'Could not check which wards have reported (GET /stats/reporting): the incident figures may include months without a report, counted as 0.',
  },
  vi: {
    'demoNote.text': 'Dữ liệu minh họa (demo): số liệu được tạo tự động, không phải số liệu thật.',
    'demoNote.export': 'Dữ liệu minh họa (demo): số liệu được tạo tự động và không phải số liệu thật.',
    'reporting.month.one': '{reported}/{wards} phường, xã đã báo cáo {month}',
    'reporting.month.other': '{reported}/{wards} phường, xã đã báo cáo {month}',
    'reporting.incomplete': 'Chưa đủ phường, xã báo cáo: tháng chưa báo cáo được tính là 0.',
    'reporting.listWards': 'Phường, xã chưa báo cáo',
    'reporting.chip': 'báo cáo chưa đủ',
    'reporting.rowNote': 'Có tháng chưa đủ phường, xã báo cáo',
    'reporting.failed':
      'Không kiểm tra được phường, xã nào đã báo cáo (GET /stats/reporting): số vụ việc có thể gồm tháng chưa báo cáo, được tính là 0.',
  },
  fr: {
    'demoNote.text': 'Données de démonstration\u202f: les chiffres sont générés, pas réels.',
    'demoNote.export': 'Données de démonstration (dữ liệu minh họa)\u202f: chiffres générés et non réels.',
    'reporting.month.one': '{reported} quartier ou commune sur {wards} a fait son rapport pour {month}',
    'reporting.month.other':
      '{reported} quartiers ou communes sur {wards} ont fait leur rapport pour {month}',
    'reporting.incomplete':
      'Tous les quartiers et communes n’ont pas fait leur rapport\u202f: les mois manquants comptent pour 0.',
    'reporting.listWards': 'Quartiers et communes sans rapport',
    'reporting.chip': 'rapports incomplets',
    'reporting.rowNote': 'Comprend des mois où tous n’ont pas fait leur rapport',
    'reporting.failed':
      'Impossible de vérifier quels quartiers et communes ont fait leur rapport (GET /stats/reporting)\u202f: les incidents peuvent inclure des mois sans rapport, comptés pour 0.',
  },
});
