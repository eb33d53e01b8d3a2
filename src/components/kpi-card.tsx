import type { ReactNode } from 'react';

/** One headline figure with its label and supporting lines; `testId` lets e2e tests find the figure. */
export function KpiCard({
  label,
  value,
  children,
  testId,
}: {
  label: string;
  value: string;
  children?: ReactNode;
  testId: string;
}) {
  return (
    <div className="kpi flex flex-col gap-1" data-testid={testId}>
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="flex flex-col gap-1">
        <span className="kpi-value" data-testid={`${testId}-value`}>
          {value}
        </span>
        {children}
      </dd>
    </div>
  );
}
