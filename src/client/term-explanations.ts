// WCAG 2.2, 1.4.13: an explanation that appears on hover or focus must be dismissible without moving the pointer
// or the focus. Escape hides the open explanations (Begrip.astro); they show again on the next hover or focus.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const term of document.querySelectorAll<HTMLElement>('.begrip-term:hover, .begrip-term:focus-visible, .begrip:hover .begrip-term')) {
    term.dataset.verborgen = '';
    const show = () => delete term.dataset.verborgen;
    term.addEventListener('blur', show, { once: true });
    term.closest('.begrip')?.addEventListener('mouseleave', show, { once: true });
  }
});
