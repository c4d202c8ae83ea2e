import { useCallback, useEffect, useRef, type RefObject } from 'react';

/**
 * A native modal `<dialog>` shown with `showModal()` for as long as it is mounted: the browser
 * makes the page behind inert (focus stays inside), closes it on Esc (the `cancel` event) and
 * gives focus back to the element that had it (the opener button) when it closes. `onClose`
 * runs when the browser closes it (Esc, a `<form method="dialog">`), so the owner unmounts it.
 *
 * Returns a callback ref for the `<dialog>`: it opens on attach and closes on detach, so a
 * dialog rendered conditionally still opens. `focus` names the element to focus on opening
 * (the dialog itself when absent). Where `showModal` is missing (old engines, jsdom) the dialog
 * is shown non-modally with the `open` attribute and focus is given back by hand.
 */
export function useModalDialog(onClose: () => void, focus?: RefObject<HTMLElement | null>) {
  const latest = useRef({ onClose, focus });
  useEffect(() => {
    latest.current = { onClose, focus };
  });
  return useCallback((dialog: HTMLDialogElement | null) => {
    if (!dialog) return;
    const modal = typeof dialog.showModal === 'function';
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!modal) dialog.setAttribute('open', '');
    else if (!dialog.open) dialog.showModal();
    (latest.current.focus?.current ?? dialog).focus();
    // A close queued by an earlier detach (StrictMode attaches twice) finds the dialog open again.
    const onCloseEvent = () => {
      if (!dialog.open) latest.current.onClose();
    };
    dialog.addEventListener('close', onCloseEvent);
    return () => {
      dialog.removeEventListener('close', onCloseEvent);
      if (!modal) {
        dialog.removeAttribute('open');
        if (opener?.isConnected) opener.focus();
      } else if (dialog.open) dialog.close();
    };
  }, []);
}
