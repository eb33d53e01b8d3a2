import { Link } from '@tanstack/react-router';
import type { Area } from '../../api/schemas';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/area';
import { Name } from '../../components/name';

/** Root › district › ward: every step a link to its detail, the current area marked as such. */
export function Breadcrumbs({ trail, rootId }: { trail: readonly Area[]; rootId: string }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('area.detail.breadcrumbs')} data-testid="breadcrumbs">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        {trail.map((a, i) => {
          const last = i === trail.length - 1;
          return (
            <li key={a.id} className="flex items-center gap-2">
              {i > 0 && (
                <span aria-hidden="true" className="text-muted">
                  ›
                </span>
              )}
              {last ? (
                <span aria-current="page" className="font-semibold">
                  <Name name={a.name} />
                </span>
              ) : (
                <Link
                  to="/area"
                  // Only the last crumb is the current page; the router would call "/area" active too.
                  activeOptions={{ exact: true, includeSearch: true }}
                  // The ranking's sort and filter belong to the level being left; start clean there.
                  search={(prev) => ({
                    area: a.id === rootId ? undefined : a.id,
                    period: prev.period,
                    lang: prev.lang,
                  })}
                  className="text-[var(--focus)] underline underline-offset-2"
                >
                  <Name name={a.name} />
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
