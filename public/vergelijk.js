// Compare any two modules: go to the pre-built page when there is one, otherwise fetch both module pages and lay
// their sections side by side here. Links like /vergelijk/?a=…&b=… open a comparison directly. Without JavaScript
// the list of pre-built comparisons on the page still works.
(function () {
  var form = document.getElementById('vergelijk-form');
  var output = document.getElementById('vergelijk-resultaat');
  if (!form || !output) return;
  var prebuilt = (form.getAttribute('data-prebuilt') || '').split(' ');
  var base = form.getAttribute('data-base');
  var modulesPath = form.getAttribute('data-modules');

  function text(value) {
    var span = document.createElement('span');
    span.textContent = value;
    return span.innerHTML;
  }
  // Reads a module page: the table of contents names its sections, each running from its heading to the next one.
  function load(id) {
    var url = modulesPath + encodeURIComponent(id) + '/';
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(id);
      return response.text();
    }).then(function (html) {
      var doc = new DOMParser().parseFromString(html, 'text/html');
      var secties = Array.prototype.map.call(doc.querySelectorAll('.toc a[href^="#"]'), function (link) {
        var heading = doc.getElementById(link.getAttribute('href').slice(1));
        var parts = [];
        for (var node = heading && heading.nextElementSibling; node && node.tagName !== 'H2' && !node.classList.contains('version'); node = node.nextElementSibling) parts.push(node.outerHTML);
        return { kop: link.textContent, html: parts.join('') };
      });
      var werksoort = doc.querySelector('[data-pagefind-filter="werksoort"]');
      return { titel: doc.querySelector('h1').textContent, werksoort: werksoort ? werksoort.textContent : '', url: url, samenvatting: doc.querySelector('.lead').textContent, secties: secties };
    });
  }

  function render(left, right) {
    var keys = [];
    left.secties.concat(right.secties).forEach(function (s) { if (keys.indexOf(s.kop) === -1) keys.push(s.kop); });
    var none = '<p class="not-in-source">Dit onderdeel hoort niet bij deze module.</p>';
    function cell(module, kop) {
      var found = module.secties.filter(function (s) { return s.kop === kop; })[0];
      return found ? found.html : none;
    }
    var rows = keys.map(function (kop) {
      return '<tr><th scope="row">' + text(kop) + '</th><td>' + cell(left, kop) + '</td><td>' + cell(right, kop) + '</td></tr>';
    }).join('');
    output.innerHTML =
      '<h2 id="eigen-vergelijking" tabindex="-1">' + text(left.titel) + ' en ' + text(right.titel) + '</h2>' +
      '<div class="table-scroll" role="region" aria-labelledby="eigen-vergelijking" tabindex="0"><table class="compare"><thead><tr><th scope="col">Onderdeel</th>' +
      '<th scope="col"><a href="' + left.url + '">' + text(left.titel) + '</a><br><span class="muted">' + text(left.werksoort) + '</span></th>' +
      '<th scope="col"><a href="' + right.url + '">' + text(right.titel) + '</a><br><span class="muted">' + text(right.werksoort) + '</span></th></tr></thead>' +
      '<tbody><tr><th scope="row">Samenvatting</th><td>' + text(left.samenvatting) + '</td><td>' + text(right.samenvatting) + '</td></tr>' + rows + '</tbody></table></div>';
    output.querySelector('h2').focus();
  }

  function compare(a, b) {
    if (!a || !b) return;
    if (a === b) { output.innerHTML = '<p role="alert">Kies twee verschillende modules.</p>'; return; }
    var key = [a, b].sort().join('--');
    if (prebuilt.indexOf(key) !== -1) { window.location.href = base + 'vergelijk/' + key + '/'; return; }
    // Keep the comparison in the address, so it survives a reload and can be shared.
    window.history.replaceState(null, '', '?a=' + encodeURIComponent(a) + '&b=' + encodeURIComponent(b));
    output.innerHTML = '<p>Bezig met laden…</p>';
    Promise.all([load(a), load(b)])
      .then(function (both) { render(both[0], both[1]); })
      .catch(function () { output.innerHTML = '<p role="alert">De vergelijking kon niet worden geladen. Controleer de gekozen modules en probeer het opnieuw.</p>'; });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    compare(form.elements.a.value, form.elements.b.value);
  });
  var params = new URLSearchParams(window.location.search);
  if (params.get('a') && params.get('b')) {
    form.elements.a.value = params.get('a');
    form.elements.b.value = params.get('b');
    compare(params.get('a'), params.get('b'));
  }
})();
