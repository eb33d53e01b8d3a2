import { createContext, Suspense, useContext, useId, type ReactNode } from 'react';
import { PanelBody, type PanelQuery } from '../../components/panel';

/** The slide's height in pixels, for what CSS cannot size (recharts' SVG text). */
export const SlideHeightContext = createContext(720);

/** A font size in pixels at a share of the slide height (0.03 = 3 % of it). */
export function useSlideFontSize(share: number): number {
  return Math.round(useContext(SlideHeightContext) * share);
}

/**
 * One slide: a section headed by its h2, its body shown through PanelBody so a slide loads, fails
 * (with retry) and goes empty exactly like a panel of the views.
 */
export function SlideFrame({
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
    <section aria-labelledby={headingId} className="slide" data-slide={id} data-testid={`slide-${id}`}>
      <h2 id={headingId} className="slide-heading">
        {title}
      </h2>
      <div className="slide-body">
        <PanelBody queries={queries} isEmpty={isEmpty}>
          {children}
        </PanelBody>
      </div>
    </section>
  );
}

/** A headline figure: at least 8 % of the slide height, legible from the back of a hall. */
export function Headline({
  label,
  value,
  testId,
  children,
}: {
  label: string;
  value: string;
  testId: string;
  children?: ReactNode;
}) {
  return (
    <div className="headline" data-testid={testId}>
      <dt className="headline-label">{label}</dt>
      <dd className="headline-detail">
        <span className="headline-value" data-testid={`${testId}-value`}>
          {value}
        </span>
        {children}
      </dd>
    </div>
  );
}

/**
 * A slide's chart, hidden from screen readers (a table beside it carries the same data), with a
 * placeholder while the lazy chart chunk loads.
 */
export function SlideChart({ children }: { children: ReactNode }) {
  return (
    <div className="slide-chart" aria-hidden="true" data-chart-box="">
      <Suspense fallback={<div className="skeleton h-full w-full" />}>{children}</Suspense>
    </div>
  );
}
