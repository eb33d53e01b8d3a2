import type { ChangeColumnKeys } from '../../components/change-table';
import '../../i18n/messages/views/report';

/** The columns of the report's change tables. */
export const changeColumns: ChangeColumnKeys = {
  current: 'report.col.current',
  prior: 'report.col.prior',
  change: 'report.col.change',
};
