/**
 * The page while the app starts: its title and the loading lines. index.html holds the same markup
 * in Vietnamese (tests/starting-shell.test.tsx keeps the two equal), so a phone paints it as soon
 * as the HTML and the stylesheet arrive, before any JavaScript, and React's first frame draws the
 * same boxes again instead of moving them.
 */
export function StartingShell({ title, loading }: { title: string; loading: string }) {
  return (
    <main id="main" className="mx-auto flex max-w-screen-md flex-col gap-4 px-4 py-10">
      <p className="text-lg font-bold">{title}</p>
      <div role="status" aria-live="polite" className="flex flex-col gap-2" data-state="loading">
        <span className="sr-only">{loading}</span>
        <div className="skeleton h-6 w-2/3" />
        <div className="skeleton h-4 w-1/2" />
      </div>
    </main>
  );
}
