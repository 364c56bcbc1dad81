/* Up to four schools side by side, from each school's data.json. The chosen schools live in the
   address (?schools=code1,code2), so it can be shared. Without JavaScript this stays hidden. */
(function () {
  'use strict';
  var app = document.getElementById('compare-app');
  var labelData = document.getElementById('compare-labels');
  if (!app || !labelData || !window.fetch || !window.URLSearchParams || !Element.prototype.append) {
    return;
  }
  var MAX = 4;
  var t = JSON.parse(labelData.textContent);
  var english = t.lang !== 'zh-CN';
  var select = document.getElementById('compare-school');
  var status = document.getElementById('compare-status');
  var result = document.getElementById('compare-result');
  var share = document.getElementById('compare-share');
  // a portal lists its counties: a county's schools ([code, name]) are loaded once it is chosen
  var county = document.getElementById('compare-county');
  var known = {};
  Array.prototype.forEach.call(select.options, function (option) { known[option.value] = option.text; });
  var cache = {};
  // on a portal a school of any county: its data.json vouches for it
  var codes = (new URLSearchParams(location.search).get('schools') || '').split(',').filter(function (code, i, all) {
    return (county ? /^\w+$/.test(code) : known[code]) && all.indexOf(code) === i;
  }).slice(0, MAX);

  function json(url) {
    return cache[url] || (cache[url] = fetch(url).then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.json();
    }));
  }

  function towns(code) {
    return json(app.getAttribute('data-pickers-url') + code + '/compare.json').then(function (picker) {
      picker.groups.forEach(function (g) { g.schools.forEach(function (s) { known[s[0]] = s[1]; }); });
      return picker.groups;
    });
  }

  function showCounty() {
    var code = county.value;
    select.textContent = '';
    towns(code).then(function (groups) {
      if (county.value !== code) { return; } // another county was chosen meanwhile
      groups.forEach(function (group) {
        var optgroup = select.appendChild(el('optgroup', null, { label: group.label }));
        group.schools.forEach(function (s) { optgroup.appendChild(el('option', s[1], { value: s[0] })); });
      });
      mark();
    }, fail);
  }

  function mark() {
    Array.prototype.forEach.call(select.options, function (option) {
      option.disabled = codes.indexOf(option.value) >= 0;
    });
  }

  function fail() {
    status.textContent = t['compare.failed'];
  }

  function el(name, text, attributes) {
    var node = document.createElement(name);
    if (text != null) { node.textContent = text; }
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    return node;
  }

  // a name the data gives in Chinese: marked as Chinese on English pages
  function chinese(text) {
    return english && text ? el('span', text, { lang: 'zh-CN' }) : text == null ? '—' : text;
  }

  // on English pages a school's Chinese name then its pinyin, as every English page shows it
  function schoolName(school) {
    var name = document.createDocumentFragment();
    name.append(chinese(school.name));
    if (english && known[school.code] && known[school.code] !== school.name) {
      name.append(bracketed(known[school.code]));
    }
    return name;
  }

  function bracketed(text) {
    return t['p.open'] + text + t['p.close'];
  }

  function number(value) {
    return value == null ? '—' : String(Math.round(value * 100) / 100);
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
        // type, locality and ownership in the page's words; towns stay Chinese
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
      remove.appendChild(el('span', ' ', { 'class': 'visually-hidden' })).append(schoolName(s));
      th.append(' ', remove);
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
        r.cells.forEach(function (cell) { tr.appendChild(el('td', null, { 'class': 'text' })).append(cell); });
      }
      body.appendChild(tr);
    });
    tableNode.appendChild(body);
    wrap.appendChild(tableNode);
    return wrap;
  }

  function remember() {
    var query = codes.length ? '?schools=' + codes.join(',') : '';
    history.replaceState(null, '', location.pathname + query);
    try { localStorage.setItem('junheng-compare', codes.join(',')); } catch (e) { /* the address keeps it */ }
    document.getElementById('compare-link').setAttribute('href', './' + query);
    share.hidden = codes.length === 0;
  }

  function draw() {
    remember();
    mark();
    result.textContent = '';
    if (!codes.length) {
      status.textContent = t['compare.empty'];
      return;
    }
    Promise.all(codes.map(function (code) {
      // a school from a shared link: its county's list gives the name the page shows
      return json(app.getAttribute('data-data-url') + code + '/data.json').then(function (s) {
        return county && !known[code] ? towns(s.school.county).then(function () { return s; }) : s;
      });
    })).then(function (schools) {
      result.textContent = '';
      result.appendChild(table(schools));
      status.textContent = codes.length === 1 ? t['compare.chosen-one']
        : t['compare.chosen'].replace('{n}', String(codes.length));
    }, fail);
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
  if (county) {
    county.addEventListener('change', showCounty);
    showCounty();
  }
  app.hidden = false;
  draw();
})();
