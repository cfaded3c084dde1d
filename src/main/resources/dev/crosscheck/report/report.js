(function () {
  'use strict';
  var findings = Array.prototype.slice.call(document.querySelectorAll('.finding'));
  function value(id) { return document.getElementById(id).value; }
  function has(list, item) { return (' ' + list + ' ').indexOf(' ' + item + ' ') >= 0; }
  function statusShown(status, wanted) {
    if (wanted === '') { return status !== 'dismissed'; }
    return wanted === 'all' || status === wanted;
  }
  function apply() {
    var kind = value('filter-kind'), source = value('filter-source'), entity = value('filter-entity'),
        status = value('filter-status'), shown = 0;
    findings.forEach(function (f) {
      var ok = (kind === '' || f.dataset.kind === kind) && (source === '' || has(f.dataset.sources, source))
          && (entity === '' || has(f.dataset.entities, entity)) && statusShown(f.dataset.status, status);
      f.hidden = !ok;
      if (ok) { shown++; }
    });
    document.querySelectorAll('.kind-group').forEach(function (g) {
      g.querySelector('.count-shown').textContent = g.querySelectorAll('.finding:not([hidden])').length;
    });
    document.getElementById('shown').textContent = shown + ' of ' + findings.length + ' findings shown';
  }
  document.querySelectorAll('#filters select').forEach(function (s) { s.addEventListener('change', apply); });
  document.querySelectorAll('a.show-entity').forEach(function (a) {
    a.addEventListener('click', function () {
      document.getElementById('filter-entity').value = a.dataset.entity;
      apply();
    });
  });
  apply();
}());
