// Copy buttons for the citation and the section links. Without JavaScript the text stays selectable and the
// section links still go to their section; with it, one click copies and a live region says so.
(function () {
  var status = document.getElementById('kopieer-status');
  function say(message) {
    if (!status) return;
    status.textContent = '';
    window.setTimeout(function () { status.textContent = message; }, 50);
  }
  function copy(text, message) {
    if (!navigator.clipboard) { say('Kopiëren lukt niet in deze browser; selecteer de tekst en kopieer die zelf.'); return; }
    navigator.clipboard.writeText(text).then(function () { say(message); }, function () { say('Kopiëren is niet gelukt; selecteer de tekst en kopieer die zelf.'); });
  }
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    button.hidden = false;
    var label = button.textContent;
    button.addEventListener('click', function () {
      var target = document.getElementById(button.getAttribute('data-copy'));
      if (!target) return;
      copy(target.textContent.trim(), 'Gekopieerd naar het klembord.');
      // Visible feedback too: the live region alone is silent for sighted users.
      button.textContent = 'Gekopieerd';
      button.setAttribute('data-copied', '');
      window.setTimeout(function () { button.textContent = label; button.removeAttribute('data-copied'); }, 2000);
    });
  });
  document.querySelectorAll('a.section-link').forEach(function (link) {
    link.addEventListener('click', function () {
      copy(link.href, 'Link naar de sectie ' + link.getAttribute('data-section') + ' gekopieerd.');
    });
  });
})();
