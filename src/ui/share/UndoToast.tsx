import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store';
import { commitHistory } from '../../store/urlSync';
import { dismissUndoToast, redo, startUndo, undo, useUndoStore } from '../../store/undo';
import './share.css';

/**
 * Ctrl+Z in a text field is the field's own undo; everywhere else it is the page's. A lever's
 * field is the page's too: the row commits what was typed, then the scenario is undone, so the
 * field and the charts agree (issue 23).
 */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.classList.contains('lever-field')) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement &&
    ['text', 'search', 'url', 'email', 'tel', 'password', 'number'].includes(target.type)
  );
}

/**
 * Records scenario and deck changes on one undo stack (src/store/undo), binds Ctrl+Z /
 * Ctrl+Shift+Z (and Ctrl+Y), and after a preset, a reset, a slide deletion or a deck
 * replacement shows a toast with an Undo button. Mount once (the header does).
 */
export function UndoToast({ hideMs = 10_000 }: { hideMs?: number }) {
  const toast = useUndoStore((s) => s.toast);
  const [said, setSaid] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => startUndo({ app: useAppStore }), []);

  const run = (what: 'undo' | 'redo') => {
    const label = what === 'undo' ? undo() : redo();
    if (label === null) return false;
    commitHistory();
    setSaid(`${what === 'undo' ? 'Undone' : 'Redone'}: ${label}`);
    return true;
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || typingIn(e.target)) return;
      const key = e.key.toLowerCase();
      const what = key === 'z' ? (e.shiftKey ? 'redo' : 'undo') : key === 'y' && !e.shiftKey ? 'redo' : null;
      if (what && run(what)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (timer.current) clearTimeout(timer.current);
    if (toast) timer.current = setTimeout(dismissUndoToast, hideMs);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [toast, hideMs]);

  return (
    <div className="undo-toast-region">
      {toast && (
        <div className="undo-toast" role="group" aria-label="Last change">
          <span>{toast.label}.</span>
          <button type="button" className="share-button undo-button" onClick={() => run('undo')}>
            Undo
          </button>
          <button type="button" className="share-button" onClick={dismissUndoToast} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
      <p className="share-visually-hidden" role="status" aria-live="polite">
        {toast ? `${toast.label}. Undo is available (Ctrl+Z).` : said}
      </p>
    </div>
  );
}
