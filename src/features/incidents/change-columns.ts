import type { ChangeColumnKeys } from '../../components/change-table';
import '../../i18n/messages/views/incidents';

/** The columns of the Incidents view's change tables. */
export const changeColumns: ChangeColumnKeys = {
  current: 'incidents.changes.current',
  prior: 'incidents.changes.prior',
  change: 'incidents.changes.change',
};
