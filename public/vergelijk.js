// Compare any two modules: go to the pre-built page when there is one, otherwise build the table here
// from /data/secties.json. Without JavaScript the list of pre-built comparisons on the page still works.
(function () {
  var form = document.getElementById('vergelijk-form');
  var output = document.getElementById('vergelijk-resultaat');
  if (!form || !output) return;
  var prebuilt = (form.getAttribute('data-prebuilt') || '').split(' ');
  var base = form.getAttribute('data-base');

  function text(value) {
    var span = document.createElement('span');
    span.textContent = value;
    return span.innerHTML;
  }

  function render(a, b, data) {
    var left = data[a], right = data[b];
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

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var a = form.elements.a.value, b = form.elements.b.value;
    if (!a || !b) return;
    if (a === b) { output.innerHTML = '<p role="alert">Kies twee verschillende modules.</p>'; return; }
    var key = [a, b].sort().join('--');
    if (prebuilt.indexOf(key) !== -1) { window.location.href = base + 'vergelijk/' + key + '/'; return; }
    output.innerHTML = '<p>Bezig met laden…</p>';
    fetch(form.getAttribute('data-sections'))
      .then(function (response) { return response.json(); })
      .then(function (data) { render(a, b, data); })
      .catch(function () { output.innerHTML = '<p role="alert">De vergelijking kon niet worden geladen. Probeer het opnieuw.</p>'; });
  });
})();
