import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/report';
import type { Orientation } from './page-style';

const route = getRouteApi('/report');
const orientations: readonly Orientation[] = ['portrait', 'landscape'];

/** Orientation switch and the print button; none of it is printed. */
export function ReportToolbar({ orientation, ready }: { orientation: Orientation; ready: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate({ from: route.id });
  const name = useId();
  const statusId = useId();
  return (
    <div className="report-toolbar no-print">
      <fieldset className="flex flex-wrap items-center gap-3">
        <legend className="float-left mr-2 text-sm font-semibold text-muted">
          {t('report.orientation.label')}
        </legend>
        {orientations.map((o) => (
          <label key={o} className="inline-flex items-center gap-1.5 text-sm">
            <input
              type="radio"
              name={name}
              value={o}
              checked={orientation === o}
              data-testid={`report-orientation-${o}`}
              onChange={() =>
                void navigate({
                  to: '.',
                  search: (prev) => ({ ...prev, orientation: o === 'portrait' ? undefined : o }),
                  replace: true,
                })
              }
            />
            {t(`report.orientation.${o}`)}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="btn"
          disabled={!ready}
          aria-describedby={statusId}
          data-testid="report-print"
          onClick={() => window.print()}
        >
          <span aria-hidden="true">🖶</span> {t('report.print')}
        </button>
        <p id={statusId} role="status" className="text-sm text-muted">
          {ready ? t('report.ready') : t('report.loading')}
        </p>
      </div>
      <p className="w-full text-sm text-muted">{t('report.hint')}</p>
    </div>
  );
}
