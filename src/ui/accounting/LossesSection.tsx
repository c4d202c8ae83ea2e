import { lazy, Suspense } from 'react';

// The card, its layout and its figures load after the first paint (the first-load budget).
const LossesCard = lazy(() => import('./LossesCard').then((m) => ({ default: m.LossesCard })));

/** "Why losses differ from cash burn", in the charts' grid: its frame keeps the place while the card loads. */
export function LossesSection() {
  return (
    <Suspense
      fallback={
        <section className="chart-card chart-pending" aria-label="Why losses differ from cash burn">
          <p>Loading…</p>
        </section>
      }
    >
      <LossesCard />
    </Suspense>
  );
}
