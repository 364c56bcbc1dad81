/* School comparison: up to four schools side by side, read from each school's published
   data.json. The chosen schools live in the address (?schools=code1,code2), so the link can be
   shared. Without JavaScript this stays hidden and the page links to the indicator pages. */
(function () {
  'use strict';
  var app = document.getElementById('compare-app');
  var labelData = document.getElementById('compare-labels');
  if (!app || !labelData || !window.fetch || !window.URLSearchParams || !window.Promise) {
    return;
  }
  var MAX = 4;
  var t = JSON.parse(labelData.textContent);
  var english = t.lang !== 'zh-CN';
  var select = document.getElementById('compare-school');
  var status = document.getElementById('compare-status');
  var result = document.getElementById('compare-result');
  var share = document.getElementById('compare-share');
  // on a portal of several counties the page lists the counties, and a county's schools are loaded when it is chosen
  var countySelect = document.getElementById('compare-county');
  var pickersUrl = app.getAttribute('data-pickers-url');
  // each school's name as the picker shows it (on English pages its pinyin), by code
  var known = {};
  Array.prototype.forEach.call(select.options, function (option) { known[option.value] = option.text; });
  var cache = {};
  var counties = {};
  // a shared link may name schools of any county: on a portal a code is checked by loading its data.json
  var wanted = countySelect ? function (code) { return /^[0-9A-Za-z_-]+$/.test(code); }
    : function (code) { return known[code]; };
  var codes = (new URLSearchParams(location.search).get('schools') || '').split(',')
    .filter(function (code, i, all) { return wanted(code) && all.indexOf(code) === i; }).slice(0, MAX);

  function loadCounty(code) {
    if (!counties[code]) {
      counties[code] = fetch(pickersUrl + code + '/compare.json')
        .then(function (response) {
          if (!response.ok) { throw new Error(response.status); }
          return response.json();
        })
        .then(function (picker) {
          picker.groups.forEach(function (group) {
            group.schools.forEach(function (school) { known[school[0]] = school[1]; });
          });
          return picker;
        });
    }
    return counties[code];
  }

  function showCounty(code) {
    select.textContent = '';
    select.disabled = true;
    select.setAttribute('aria-busy', 'true');
    return loadCounty(code).then(function (picker) {
      if (countySelect.value !== code) { return; } // another county was chosen meanwhile
      picker.groups.forEach(function (group) {
        var optgroup = el('optgroup', null, { label: group.label });
        group.schools.forEach(function (school) {
          var option = el('option', school[1], { value: school[0] });
          option.disabled = codes.indexOf(school[0]) >= 0;
          optgroup.appendChild(option);
        });
        select.appendChild(optgroup);
      });
      select.disabled = false;
      select.removeAttribute('aria-busy');
    }, function () {
      status.textContent = t['compare.failed'];
    });
  }

  function el(name, text, attributes) {
    var node = document.createElement(name);
    if (text !== undefined && text !== null) { node.textContent = text; }
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    return node;
  }

  function load(code) {
    if (!cache[code]) {
      cache[code] = fetch(app.getAttribute('data-data-url') + code + '/data.json')
        .then(function (response) {
          if (!response.ok) { throw new Error(response.status); }
          return response.json();
        });
    }
    return cache[code];
  }

  // a name the data gives in Chinese: on English pages marked as Chinese, so it is read as Chinese
  function chinese(text) {
    if (!english || text === null || text === undefined || text === '') {
      return document.createTextNode(text === null || text === undefined ? '—' : text);
    }
    return el('span', text, { lang: 'zh-CN' });
  }

  // a school's name: on English pages its Chinese name followed by its pinyin, as every English page shows it
  function schoolName(school) {
    var name = document.createDocumentFragment();
    name.appendChild(chinese(school.name));
    if (english && known[school.code] && known[school.code] !== school.name) {
      name.appendChild(document.createTextNode(t['p.open'] + known[school.code] + t['p.close']));
    }
    return name;
  }

  function bracketed(text) {
    return t['p.open'] + text + t['p.close'];
  }

  function number(value) {
    if (value === null || value === undefined) { return '—'; }
    return String(Math.round(value * 100) / 100);
  }

  function latest(rows) {
    return rows.reduce(function (year, row) { return Math.max(year, row.year); }, 0);
  }

  function total(row, field) {
    var sum = null;
    ['primary', 'junior', 'senior'].forEach(function (stage) {
      var value = row[stage + '_' + field];
      if (typeof value === 'number') { sum = (sum || 0) + value; }
    });
    return sum;
  }

  // rows of the table: a label and, per school, the text of its cell
  function rows(schools) {
    var out = [];
    function section(title) { out.push({ section: title }); }
    function row(label, cell) { out.push({ label: label, cells: schools.map(cell) }); }
    section(t['compare.facts']);
    ['type', 'town', 'locality', 'ownership'].forEach(function (field) {
      row(t['fact.' + field], function (s) {
        var value = s.school[field];
        // the registry's words for type, locality and ownership have the page's own; towns stay Chinese
        return t.values[value] || chinese(value);
      });
    });
    var year = Math.max.apply(null, schools.map(function (s) { return latest(s.indicators); }));
    if (year > 0) {
      section(t['compare.indicators'] + bracketed(t.years[year] || year));
      Object.keys(t.stages).forEach(function (stage) {
        var taught = schools.some(function (s) {
          return s.indicators.some(function (r) { return r.year === year && r.stage === stage; });
        });
        if (!taught) { return; }
        Object.keys(t.indicators).forEach(function (code) {
          row(code + ' ' + t.indicators[code] + bracketed(t.stages[stage]), function (s) {
            var r = s.indicators.filter(function (i) {
              return i.year === year && i.stage === stage && i.indicator === code;
            })[0];
            return r ? number(r.value) + ' ' + (t.units[code] || '') + ' · ' + (t.outcomes[r.outcome] || r.outcome) : '—';
          });
        });
        row(t['compare.verdict'] + bracketed(t.stages[stage]), function (s) {
          var part = s.school_parts.filter(function (p) { return p.year === year && p.stage === stage; })[0];
          return part ? t.outcomes[part.outcome] || part.outcome : '—';
        });
      });
    }
    var years = [];
    schools.forEach(function (s) {
      s.statistics.forEach(function (r) { if (years.indexOf(r.year) < 0) { years.push(r.year); } });
    });
    years.sort();
    if (years.length) {
      section(t['compare.history']);
      years.forEach(function (y) {
        ['students', 'teachers'].forEach(function (field) {
          row(t['compare.history-row'].replace('{year}', t.years[y] || y).replace('{what}', t['compare.' + field]), function (s) {
            var r = s.statistics.filter(function (x) { return x.year === y; })[0];
            return r ? number(total(r, field)) : '—';
          });
        });
      });
    }
    return out;
  }

  function table(schools) {
    var wrap = el('div', null, { 'class': 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t['compare.caption'] });
    var tableNode = el('table', null, { id: 'compare-table' });
    tableNode.appendChild(el('caption', t['compare.caption']));
    var head = el('tr');
    head.appendChild(el('th', t['compare.item'], { scope: 'col' }));
    schools.forEach(function (s) {
      var th = el('th', null, { scope: 'col' });
      th.appendChild(el('a', null, { href: app.getAttribute('data-schools-url') + s.code + '/' }))
        .appendChild(schoolName(s));
      var remove = el('button', t['compare.remove'], { type: 'button', 'class': 'compare-remove', 'data-code': s.code });
      var removed = el('span', ' ', { 'class': 'visually-hidden' });
      removed.appendChild(schoolName(s));
      remove.appendChild(removed);
      th.appendChild(document.createTextNode(' '));
      th.appendChild(remove);
      head.appendChild(th);
    });
    tableNode.appendChild(el('thead')).appendChild(head);
    var body = el('tbody');
    rows(schools).forEach(function (r) {
      var tr = el('tr');
      if (r.section) {
        tr.appendChild(el('th', r.section, { scope: 'colgroup', colspan: String(schools.length + 1), 'class': 'compare-section' }));
      } else {
        tr.appendChild(el('th', r.label, { scope: 'row' }));
        r.cells.forEach(function (cell) {
          var td = el('td', null, { 'class': 'text' });
          td.appendChild(typeof cell === 'string' ? document.createTextNode(cell) : cell);
          tr.appendChild(td);
        });
      }
      body.appendChild(tr);
    });
    tableNode.appendChild(body);
    wrap.appendChild(tableNode);
    return wrap;
  }

  function remember() {
    var query = codes.length ? '?schools=' + codes.join(',') : '';
    if (window.history && history.replaceState) {
      history.replaceState(null, '', location.pathname + query);
    }
    try { localStorage.setItem('junheng-compare', codes.join(',')); } catch (e) { /* the address keeps it */ }
    document.getElementById('compare-link').setAttribute('href', './' + query);
    share.hidden = codes.length === 0;
  }

  function draw() {
    remember();
    Array.prototype.forEach.call(select.options, function (option) {
      option.disabled = codes.indexOf(option.value) >= 0;
    });
    result.textContent = '';
    if (!codes.length) {
      status.textContent = t['compare.empty'];
      return;
    }
    Promise.all(codes.map(function (code) {
      // on a portal a school from a shared link needs its county's picker for the name the page shows it by
      return load(code).then(function (school) {
        return countySelect && !known[code] ? loadCounty(school.school.county).then(function () { return school; })
          : school;
      });
    })).then(function (schools) {
      result.textContent = '';
      result.appendChild(table(schools));
      status.textContent = codes.length === 1 ? t['compare.chosen-one']
        : t['compare.chosen'].replace('{n}', String(codes.length));
    }, function () {
      status.textContent = t['compare.failed'];
    });
  }

  document.getElementById('compare-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var code = select.value;
    if (!code || codes.indexOf(code) >= 0) { return; }
    if (codes.length >= MAX) {
      status.textContent = t['compare.full'];
      return;
    }
    codes.push(code);
    draw();
  });
  result.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('.compare-remove') : null;
    if (button) {
      codes = codes.filter(function (code) { return code !== button.getAttribute('data-code'); });
      draw();
      select.focus();
    }
  });
  if (countySelect) {
    countySelect.addEventListener('change', function () { showCounty(countySelect.value); });
    showCounty(countySelect.value);
  }
  app.hidden = false;
  draw();
})();
