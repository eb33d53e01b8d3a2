import { defineMessages } from '../define';

/** Messages of the shared chart parts (src/components/charts); keys are prefixed "charts.". */
export const chartsMessages = defineMessages({
  en: {
    'charts.total': 'Total',
    'charts.target': 'Target: {value}',
    'charts.usualRange': 'Usual range',
    'charts.usualRangeExplained':
      'Usual range: the average of the same month in earlier years, ± 2 standard deviations.',
    'charts.aboveUsual': 'Above the usual range',
    'charts.belowUsual': 'Below the usual range',
  },
  vi: {
    'charts.total': 'Tổng',
    'charts.target': 'Chỉ tiêu: {value}',
    'charts.usualRange': 'Mức thông thường',
    'charts.usualRangeExplained':
      'Mức thông thường: trung bình của cùng tháng trong các năm trước, ± 2 độ lệch chuẩn.',
    'charts.aboveUsual': 'Cao hơn mức thông thường',
    'charts.belowUsual': 'Thấp hơn mức thông thường',
  },
  fr: {
    'charts.total': 'Total',
    'charts.target': 'Objectif\u202f: {value}',
    'charts.usualRange': 'Fourchette habituelle',
    'charts.usualRangeExplained':
      'Fourchette habituelle\u202f: la moyenne du même mois les années précédentes, ± 2 écarts-types.',
    'charts.aboveUsual': 'Au-dessus de la fourchette habituelle',
    'charts.belowUsual': 'En dessous de la fourchette habituelle',
  },
});
