// Copy buttons for the citation and the section links. Without JavaScript the text stays selectable and the
// section links still go to their section; with it, one click copies, the control says so for a moment, and a
// live region says it for screen-reader users.

const liveRegion = document.getElementById('kopieer-status');

function announce(message: string) {
  if (!liveRegion) return;
  liveRegion.textContent = '';
  // A fresh text after a pause, so the same message is read again on a second copy.
  window.setTimeout(() => (liveRegion.textContent = message), 50);
}

async function copy(text: string, message: string): Promise<boolean> {
  if (!navigator.clipboard) {
    announce('Kopiëren lukt niet in deze browser; selecteer de tekst en kopieer die zelf.');
    return false;
  }
  try {
    await navigator.clipboard.writeText(text);
    announce(message);
    return true;
  } catch {
    announce('Kopiëren is niet gelukt; selecteer de tekst en kopieer die zelf.');
    return false;
  }
}

/** Visible feedback next to the live region, which is silent for sighted users. */
function flag(element: HTMLElement) {
  element.setAttribute('data-copied', '');
  window.setTimeout(() => element.removeAttribute('data-copied'), 2000);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.hidden = false;
  const label = button.textContent ?? '';
  button.addEventListener('click', async () => {
    const target = document.getElementById(button.dataset.copy ?? '');
    if (!target || !(await copy(target.textContent?.trim() ?? '', 'Gekopieerd naar het klembord.'))) return;
    button.textContent = 'Gekopieerd';
    flag(button);
    window.setTimeout(() => (button.textContent = label), 2000);
  });
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a.section-link')) {
  link.addEventListener('click', async () => {
    if (await copy(link.href, `Link naar de sectie ${link.dataset.section} gekopieerd.`)) flag(link);
  });
}
