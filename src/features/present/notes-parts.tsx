import type { ReactNode } from 'react';
import { useChangeText } from '../../components/change-cell';
import type { Change, Ratio } from '../../figures/figures';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/present';
import '../../i18n/messages/views/present-notes';

/** One exact figure of the notes: what it is, and the value with what it was computed from. */
export function NoteRow({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div className="notes-row" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** "12,345 against 13,000 a year earlier: down 5.0 %". */
export function ChangeNote({ change, digits = 0 }: { change: Change; digits?: number }) {
  const { t, fmt } = useI18n();
  const text = useChangeText();
  if (change.priorBeforeData !== undefined)
    return (
      <>
        {fmt.decimal(change.current, digits)}
        {t('punct.colon')}
        {text(change)}
      </>
    );
  return (
    <>
      {t('present.n.against', {
        current: fmt.decimal(change.current, digits),
        prior: fmt.decimal(change.prior, digits),
      })}
      {t('punct.colon')}
      {text(change)}
    </>
  );
}

/** "78.4 % = 1,234 / 1,574" with the parts named; "—" with why when there is nothing to divide. */
export function RatioNote({ ratio, parts, none }: { ratio: Ratio; parts: string; none: string }) {
  const { t, fmt } = useI18n();
  if (ratio.value === null) return <>{none}</>;
  return (
    <>
      {t('present.n.ratio', {
        value: fmt.percent(ratio.value),
        numerator: fmt.number(ratio.numerator),
        denominator: fmt.number(ratio.denominator),
      })}{' '}
      <span className="text-muted-strong">({parts})</span>
    </>
  );
}
