import { lazy, Suspense } from 'react';

// The ledger runs the scenario once more (without Plan B); its code loads after the first paint.
const MicrosoftLedgerPanel = lazy(() =>
  import('./MicrosoftLedgerPanel').then((m) => ({ default: m.MicrosoftLedgerPanel })),
);

/** Microsoft's ledger under the Microsoft chart. */
export function MicrosoftLedgerSection() {
  return (
    <Suspense fallback={null}>
      <MicrosoftLedgerPanel />
    </Suspense>
  );
}
