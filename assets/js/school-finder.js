/* School finder: filters the school list already on the page by name, alias, pinyin, initials,
   town or zone community, and by stage, town, locality and ownership. The filters live in the
   address (?q=…&stage=…), so a filtered list can be shared. Without JavaScript the form stays
   hidden and the whole list is the page. */
(function () {
  'use strict';
  var form = document.getElementById('school-finder');
  if (!form || !document.querySelectorAll || !window.URLSearchParams || !Element.prototype.closest) {
    return;
  }
  var FIELDS = ['q', 'stage', 'town', 'locality', 'ownership'];
  var status = document.getElementById('finder-status');
  // the name is the item's link and the town its section's: neither is repeated in the item's keys
  var items = Array.prototype.map.call(document.querySelectorAll('.school-list li[data-pinyin]'), function (li) {
    var pinyin = li.getAttribute('data-pinyin').split('|').map(function (name) {
      return name.split(' ');
    });
    var town = li.closest('.finder-town').getAttribute('data-town');
    return {
      li: li,
      text: [li.querySelector('a').textContent, li.getAttribute('data-aliases') || '', town,
        li.getAttribute('data-communities') || ''].join('|'),
      pinyin: pinyin,
      stages: li.getAttribute('data-stages').split(' '),
      town: town,
      locality: li.getAttribute('data-locality'),
      ownership: li.getAttribute('data-ownership')
    };
  });

  function normalize(text) {
    return text.toLowerCase().replace(/[\s'’·]+/g, '');
  }

  // pinyin and initials match from the start of any syllable: "syxx" and "shiyan" both find 实验小学
  function pinyinMatches(syllables, query) {
    for (var start = 0; start < syllables.length; start++) {
      var full = syllables.slice(start).join('');
      var initials = syllables.slice(start).map(function (s) { return s.charAt(0); }).join('');
      if (full.indexOf(query) === 0 || initials.indexOf(query) === 0) {
        return true;
      }
    }
    return false;
  }

  function matches(item, state) {
    if (state.stage && item.stages.indexOf(state.stage) < 0) { return false; }
    if (state.town && item.town !== state.town) { return false; }
    if (state.locality && item.locality !== state.locality) { return false; }
    if (state.ownership && item.ownership !== state.ownership) { return false; }
    if (!state.q) { return true; }
    return item.text.toLowerCase().indexOf(state.q) >= 0 ||
      (/^[a-z0-9]+$/.test(state.q) && item.pinyin.some(function (name) { return pinyinMatches(name, state.q); }));
  }

  function state() {
    return {
      q: normalize(form.elements.q.value),
      stage: form.elements.stage.value,
      town: form.elements.town.value,
      locality: form.elements.locality.value,
      ownership: form.elements.ownership.value
    };
  }

  function hideEmpty(selector) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), function (box) {
      box.hidden = !box.querySelector('.school-list li:not([hidden])');
    });
  }

  function filter() {
    var current = state();
    var found = 0;
    items.forEach(function (item) {
      var hit = matches(item, current);
      item.li.hidden = !hit;
      if (hit) { found++; }
    });
    hideEmpty('.finder-group');
    hideEmpty('.finder-town');
    var filtered = FIELDS.some(function (name) { return current[name]; });
    status.textContent = !filtered ? '' : found === 0 ? form.getAttribute('data-none')
      : found === 1 ? form.getAttribute('data-found-one')
      : form.getAttribute('data-found').replace('{n}', String(found));
    remember();
  }

  function remember() {
    if (!window.history || !history.replaceState) { return; }
    var params = new URLSearchParams();
    FIELDS.forEach(function (name) {
      if (form.elements[name].value) { params.set(name, form.elements[name].value); }
    });
    var query = params.toString();
    history.replaceState(null, '', location.pathname + (query ? '?' + query : '') + location.hash);
  }

  var initial = new URLSearchParams(location.search);
  FIELDS.forEach(function (name) {
    var value = initial.get(name);
    var field = form.elements[name];
    if (value !== null && (field.tagName !== 'SELECT' ||
        Array.prototype.some.call(field.options, function (o) { return o.value === value; }))) {
      field.value = value;
    }
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    filter();
  });
  form.addEventListener('input', filter);
  form.addEventListener('change', filter);
  form.addEventListener('reset', function () {
    setTimeout(filter, 0);
  });
  form.hidden = false;
  if (FIELDS.some(function (name) { return initial.get(name); })) {
    filter();
  }
})();
