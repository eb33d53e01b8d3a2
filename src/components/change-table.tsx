import type { ReactNode } from 'react';
import type { Change } from '../figures/figures';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/locales';

/** The view's names for the columns: the figure now, a year earlier, and the change. */
export type ChangeColumnKeys = { current: MessageKey; prior: MessageKey; change: MessageKey };

/** The head of a table of figures now, a year earlier and the change; `rowHeader` names the rows. */
export function ChangeTableHead({ rowHeader, keys }: { rowHeader: string; keys: ChangeColumnKeys }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col">{rowHeader}</th>
        <th scope="col" className="num">
          {t(keys.current)}
        </th>
        <th scope="col" className="num">
          {t(keys.prior)}
        </th>
        <th scope="col">{t(keys.change)}</th>
      </tr>
    </thead>
  );
}

/**
 * A row's cells under ChangeTableHead: the figure now and a year earlier (`digits` decimals), then
 * the change as the view draws it (`children`).
 */
export function ChangeRowCells({
  change,
  digits = 0,
  children,
}: {
  change: Change;
  digits?: number;
  children: ReactNode;
}) {
  const { fmt } = useI18n();
  return (
    <>
      <td className="num">{fmt.decimal(change.current, digits)}</td>
      <td className="num">{fmt.decimal(change.prior, digits)}</td>
      <td>{children}</td>
    </>
  );
}
