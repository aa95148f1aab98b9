// Copy buttons for the citation and the section links. Without JavaScript the text stays selectable and the
// section links still go to their section; with it, one click copies, the control says so for a moment, and a
// live region says it for screen-reader users.
import { copy, flag } from './clipboard.ts';

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const target = document.getElementById(button.dataset.copy ?? '');
    if (target && (await copy(target.textContent?.trim() ?? '', 'Gekopieerd naar het klembord.'))) flag(button);
  });
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a.section-link')) {
  // The heading's own text, without the link's "#".
  const name = [...(link.parentElement?.childNodes ?? [])].filter((node) => node !== link).map((node) => node.textContent).join('').trim();
  link.addEventListener('click', async () => {
    if (await copy(link.href, `Link naar de sectie ${name} gekopieerd.`)) flag(link);
  });
}
