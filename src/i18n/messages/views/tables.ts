import { defineMessages } from '../define';

/** Messages of the tables part; keys are prefixed "tables.". */
export const tablesMessages = defineMessages({
  en: {
    'tables.filter': 'Filter by name',
    'tables.filterPlaceholder': 'e.g. hoa binh',
    'tables.showing': 'Showing {shown} of {total}',
    'tables.noMatch': 'No row matches the filter.',
    'tables.columns': 'Columns',
    'tables.columnsLegend': 'Columns to show',
    'tables.hiddenCount': '{count, plural, other {# hidden}}',
    'tables.csv': 'Download CSV',
    'tables.total': 'Total',
  },
  vi: {
    'tables.filter': 'Lọc theo tên',
    'tables.filterPlaceholder': 'vd: hoa binh',
    'tables.showing': 'Đang hiển thị {shown} / {total}',
    'tables.noMatch': 'Không có dòng nào khớp với bộ lọc.',
    'tables.columns': 'Cột',
    'tables.columnsLegend': 'Các cột hiển thị',
    'tables.hiddenCount': 'ẩn {count, plural, other {#}}',
    'tables.csv': 'Tải CSV',
    'tables.total': 'Tổng',
  },
  fr: {
    'tables.filter': 'Filtrer par nom',
    'tables.filterPlaceholder': 'ex.\u202f: hoa binh',
    'tables.showing': '{shown} sur {total} affichés',
    'tables.noMatch': 'Aucune ligne ne correspond au filtre.',
    'tables.columns': 'Colonnes',
    'tables.columnsLegend': 'Colonnes affichées',
    'tables.hiddenCount': '{count, plural, one {# masquée} other {# masquées}}',
    'tables.csv': 'Télécharger le CSV',
    'tables.total': 'Total',
  },
});
