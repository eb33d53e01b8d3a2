import { useId, type ReactNode } from 'react';
import { PanelBody, type PanelQuery } from '../../components/panel';

/**
 * One section of the report: a <section> headed by its h2, starting a new printed page, its body
 * shown through PanelBody so it loads, fails (with retry) and goes empty like a panel of the views.
 */
export function ReportSection({
  id,
  title,
  queries,
  isEmpty,
  children,
}: {
  id: string;
  title: string;
  queries: readonly PanelQuery[];
  isEmpty?: boolean;
  children: () => ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="report-section" data-testid={`report-${id}`}>
      <h2 id={headingId} className="report-h2">
        {title}
      </h2>
      <PanelBody queries={queries} isEmpty={isEmpty}>
        {children}
      </PanelBody>
    </section>
  );
}
