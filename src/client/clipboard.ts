// Copying to the clipboard with a message for screen-reader users in the page's live region (#kopieer-status).

/** Says `message` in the live region; a fresh text after a pause, so the same message is read again. */
export function announce(message: string) {
  const liveRegion = document.getElementById('kopieer-status');
  if (!liveRegion) return;
  liveRegion.textContent = '';
  window.setTimeout(() => (liveRegion.textContent = message), 50);
}

/**
 * Copies plain text, or, with `html`, both: a word processor pastes the HTML (a table stays a table), a plain
 * editor the text. Browsers without ClipboardItem get the text alone.
 */
export async function copy(text: string, message: string, html?: string): Promise<boolean> {
  if (!navigator.clipboard) {
    announce('Kopiëren lukt niet in deze browser; selecteer de tekst en kopieer die zelf.');
    return false;
  }
  try {
    if (html && typeof ClipboardItem !== 'undefined') {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
      ]);
    } else {
      await navigator.clipboard.writeText(text);
    }
    announce(message);
    return true;
  } catch {
    announce('Kopiëren is niet gelukt; selecteer de tekst en kopieer die zelf.');
    return false;
  }
}

/** Visible feedback on the control for a moment: the live region is silent for sighted users. */
export function flag(element: HTMLElement, label = 'Gekopieerd') {
  if (element.hasAttribute('data-copied')) return;
  const before = element.textContent ?? '';
  element.setAttribute('data-copied', '');
  if (element instanceof HTMLButtonElement) element.textContent = label;
  window.setTimeout(() => {
    element.removeAttribute('data-copied');
    if (element instanceof HTMLButtonElement) element.textContent = before;
  }, 2000);
}
