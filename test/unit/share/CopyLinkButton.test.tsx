import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyLinkButton } from '../../../src/ui/share';

const LINK = 'https://example.org/?v=1.1&pue=1.3';

function setClipboard(value: unknown) {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
}

afterEach(() => {
  cleanup();
  setClipboard(undefined);
  vi.restoreAllMocks();
  vi.useRealTimers();
  delete (document as { execCommand?: unknown }).execCommand;
});

describe('CopyLinkButton', () => {
  it('copies with the Clipboard API and confirms in a live region, then clears it', async () => {
    vi.useFakeTimers();
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    render(<CopyLinkButton getLink={() => LINK} confirmMs={1000} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(writeText).toHaveBeenCalledWith(LINK);
    expect(screen.getByRole('status').textContent).toBe('Link copied');
    act(() => vi.advanceTimersByTime(1100));
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('falls back to a textarea and execCommand when the Clipboard API refuses', async () => {
    setClipboard({ writeText: vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError')) });
    let copied = '';
    (document as { execCommand?: unknown }).execCommand = vi.fn(() => {
      copied =
        (document.activeElement as HTMLTextAreaElement | null)?.value ??
        document.querySelector('textarea')?.value ??
        '';
      return true;
    });
    render(<CopyLinkButton getLink={() => LINK} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(copied).toBe(LINK);
    expect(document.querySelector('textarea')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Link copied');
  });

  it('shows the link for copying by hand when nothing can copy', async () => {
    render(<CopyLinkButton getLink={() => LINK} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(screen.getByRole('status').textContent).toMatch(/Could not copy/);
    expect((screen.getByLabelText('Link to this scenario') as HTMLInputElement).value).toBe(LINK);
  });
});
