import { lazy, Suspense, useState } from 'react';
import type { SavedScenariosProps } from './SavedPanel';
import { usePopover } from '../common/usePopover';
import './share.css';

export type { SavedScenariosProps };

/*
 * The panel (and the validator of what storage holds) loads the first time the menu opens: the
 * first load carries no parser for saved scenarios. It stays mounted after that.
 */
const SavedPanel = lazy(() => import('./SavedPanel').then((m) => ({ default: m.SavedPanel })));

/** The header's "Saved ▾": the saved-scenarios panel in a native popover under the button. */
export function SavedScenarios(props: SavedScenariosProps) {
  const { open, buttonProps, popoverProps } = usePopover();
  const [opened, setOpened] = useState(false);
  if (open && !opened) setOpened(true);
  return (
    <span className="share-menu">
      <button type="button" className="share-button" {...buttonProps}>
        Saved ▾
      </button>
      <div {...popoverProps} className="share-menu-body anchored">
        {opened && (
          <Suspense fallback={<p className="share-status">Loading saved scenarios…</p>}>
            <SavedPanel {...props} />
          </Suspense>
        )}
      </div>
    </span>
  );
}
