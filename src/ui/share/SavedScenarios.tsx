import { lazy, Suspense, useState } from 'react';
import type { StorageLike } from '../../storage/local';
import { usePopover } from '../common/usePopover';
import './share.css';

/*
 * The panel (and the validator of what storage holds) loads the first time the menu opens: the
 * first load carries no parser for saved scenarios. It stays mounted after that.
 */
const SavedPanel = lazy(() => import('./SavedPanel').then((m) => ({ default: m.SavedPanel })));

export interface SavedScenariosProps {
  /** Defaults to localStorage; tests pass their own. */
  storage?: StorageLike;
  /** Pre-fills the name field (e.g. the scenario's editable name). */
  defaultName?: string;
  /** Called after a saved scenario is put on screen (e.g. to set the scenario name). */
  onLoaded?: (name: string) => void;
}

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
