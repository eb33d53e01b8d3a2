import { defineMessages } from '../define';

/**
 * Messages of the data's range (as-of month, period bounds), of reporting completeness and of the
 * demo label on deck, notes, report and exports; keys are prefixed "range.", "reporting." and
 * "demoNote.". Counts come in "one"/"other" forms chosen with Intl.PluralRules (src/components/
 * reporting-note.tsx says on which number each language agrees).
 */
export const dataRangeMessages = defineMessages({
  en: {
    'range.loading': 'Loading the range of the data…',
    'range.failed': 'The range of the data (GET /meta) could not be loaded, so no period can be shown.',
    'range.noData':
      'The API has no monthly incident figures for the root area: the range of the data is unknown.',
    'range.asOfInferred':
      'Data up to the end of {month} (inferred from the latest monthly figures: the API does not state the range of its data)',
    'range.inferredShort': 'as-of month inferred from the data',
    'range.inverted': 'The API says its data runs from {from} to {to}: the first month is after the last.',
    'range.clipped': 'Shortened to the months with data ({range})',
    'range.outside': 'The period asked for has no data: showing {range}',
    'demoNote.text': 'Demo data: the figures are generated, not real.',
    'demoNote.export': 'Demo data (dữ liệu minh họa): the figures are generated, not real.',
    'reporting.month.one': '{reported} of {wards} ward reported {month}',
    'reporting.month.other': '{reported} of {wards} wards reported {month}',
    'reporting.incomplete': 'Not every ward has reported: unreported ward-months count as 0.',
    'reporting.listWards': 'Wards that have not reported',
    'reporting.chip': 'incomplete reports',
    'reporting.rowNote': 'Includes months not every ward reported',
  },
  vi: {
    'range.loading': 'Đang tải phạm vi số liệu…',
    'range.failed': 'Không tải được phạm vi số liệu (GET /meta), nên không hiển thị được kỳ nào.',
    'range.noData':
      'API không có số liệu vụ việc theo tháng của địa bàn gốc: không xác định được phạm vi số liệu.',
    'range.asOfInferred':
      'Số liệu đến hết {month} (suy ra từ số liệu tháng gần nhất: API không nêu phạm vi số liệu)',
    'range.inferredShort': 'tháng cuối được suy ra từ số liệu',
    'range.inverted': 'API cho biết số liệu từ {from} đến {to}: tháng đầu lại sau tháng cuối.',
    'range.clipped': 'Đã rút về các tháng có số liệu ({range})',
    'range.outside': 'Kỳ được yêu cầu không có số liệu: hiển thị {range}',
    'demoNote.text': 'Dữ liệu minh họa (demo): số liệu được tạo tự động, không phải số liệu thật.',
    'demoNote.export': 'Dữ liệu minh họa (demo): số liệu được tạo tự động, không phải số liệu thật.',
    'reporting.month.one': '{reported}/{wards} phường, xã đã báo cáo {month}',
    'reporting.month.other': '{reported}/{wards} phường, xã đã báo cáo {month}',
    'reporting.incomplete': 'Chưa đủ phường, xã báo cáo: tháng chưa báo cáo được tính là 0.',
    'reporting.listWards': 'Phường, xã chưa báo cáo',
    'reporting.chip': 'báo cáo chưa đủ',
    'reporting.rowNote': 'Có tháng chưa đủ phường, xã báo cáo',
  },
  fr: {
    'range.loading': 'Chargement de l’étendue des données…',
    'range.failed':
      'L’étendue des données (GET /meta) n’a pas pu être chargée : aucune période ne peut être affichée.',
    'range.noData':
      'L’API n’a aucun chiffre mensuel d’incidents pour la zone racine : l’étendue des données est inconnue.',
    'range.asOfInferred':
      'Données jusqu’à fin {month} (déduit des derniers chiffres mensuels : l’API n’indique pas l’étendue de ses données)',
    'range.inferredShort': 'dernier mois déduit des données',
    'range.inverted': 'L’API indique des données de {from} à {to} : le premier mois est après le dernier.',
    'range.clipped': 'Réduite aux mois disposant de données ({range})',
    'range.outside': 'La période demandée n’a pas de données : affichage de {range}',
    'demoNote.text': 'Données de démonstration : les chiffres sont générés, pas réels.',
    'demoNote.export': 'Données de démonstration (dữ liệu minh họa) : les chiffres sont générés, pas réels.',
    'reporting.month.one': '{reported} quartier ou commune sur {wards} a fait son rapport pour {month}',
    'reporting.month.other':
      '{reported} quartiers ou communes sur {wards} ont fait leur rapport pour {month}',
    'reporting.incomplete':
      'Tous les quartiers et communes n’ont pas fait leur rapport : les mois manquants comptent pour 0.',
    'reporting.listWards': 'Quartiers et communes sans rapport',
    'reporting.chip': 'rapports incomplets',
    'reporting.rowNote': 'Comprend des mois où tous n’ont pas fait leur rapport',
  },
});
