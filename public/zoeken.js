// Starts the Pagefind search UI and runs the query from ?q= (the header and home search forms submit here).
(function () {
  var element = document.getElementById('zoeken');
  if (!element || !window.PagefindUI) return;
  var ui = new window.PagefindUI({
    element: '#zoeken',
    bundlePath: element.getAttribute('data-bundle'),
    // Pagefind indexes paths relative to dist/; under a base path (BASE_PATH) the results need it in front.
    baseUrl: element.getAttribute('data-base'),
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    autofocus: true,
    translations: { placeholder: 'Zoek op trefwoord, bijvoorbeeld schulden', clear_search: 'Wissen' },
  });
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
})();
