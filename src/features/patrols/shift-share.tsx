import type { ShiftShare as Share } from '../../figures/activity';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/patrols';

const shiftStyle = {
  day: { icon: '☀', color: 'var(--series-prior)' },
  night: { icon: '☾', color: 'var(--series-current)' },
} as const;

/** Day against night as one split bar with each share written out ("61.2% (412 / 673)"). */
export function ShiftShare({ share }: { share: Share }) {
  const { t, fmt } = useI18n();
  const shifts = (['day', 'night'] as const).map((shift) => ({ shift, ratio: share[shift] }));
  return (
    <div className="flex flex-col gap-3">
      {share.total > 0 && (
        // Widths only draw the shares the list below states in words.
        <div
          aria-hidden="true"
          className="flex h-6 w-full overflow-hidden rounded border border-[var(--border)]"
        >
          {shifts.map(({ shift, ratio }) => (
            <div
              key={shift}
              style={{ width: `${(ratio.value ?? 0) * 100}%`, background: shiftStyle[shift].color }}
            />
          ))}
        </div>
      )}
      <dl className="grid grid-cols-2 gap-4">
        {shifts.map(({ shift, ratio }) => (
          <div key={shift} className="flex flex-col gap-1" data-testid={`shift-${shift}`}>
            <dt className="flex items-center gap-2 text-sm text-muted">
              <span
                aria-hidden="true"
                className="inline-block size-3 rounded-sm"
                style={{ background: shiftStyle[shift].color }}
              />
              <span aria-hidden="true">{shiftStyle[shift].icon}</span>
              {t(`patrols.shift.${shift}`)}
            </dt>
            <dd className="flex flex-col">
              <span className="kpi-value" data-testid={`shift-${shift}-value`}>
                {ratio.value === null ? '—' : fmt.percent(ratio.value)}
              </span>
              <span className="text-sm text-muted" data-testid={`shift-${shift}-detail`}>
                {fmt.number(ratio.numerator)} / {fmt.number(ratio.denominator)}
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
