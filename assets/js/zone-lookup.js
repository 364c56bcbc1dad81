/* Zone lookup: filters the full zone list already on the page by Chinese text or pinyin.
   Without JavaScript the search box stays hidden and the full list is the page. */
(function () {
  'use strict';
  var form = document.getElementById('zone-search');
  var data = document.getElementById('zone-index');
  if (!form || !data || !JSON || !Element.prototype.closest) {
    return;
  }
  var index = JSON.parse(data.textContent);
  var input = document.getElementById('zone-query');
  var status = document.getElementById('zone-status');
  // the index gives each area's id and pinyin; its name is the item's first node, its town the section's heading
  index = index.filter(function (entry) {
    entry.row = document.getElementById(entry.id);
    entry.section = entry.row && entry.row.closest('.zone-town');
    if (!entry.section || !entry.row.firstChild) {
      return false;
    }
    entry.n = entry.row.firstChild.textContent;
    entry.t = entry.section.querySelector('h3').textContent;
    entry.groups = [entry.row.closest('.zone-school'), entry.row.closest('.zone-stage'), entry.section];
    return true;
  });
  var groups = Array.prototype.slice.call(document.querySelectorAll('.zone-town, .zone-stage, .zone-school'));

  function normalize(text) {
    return text.toLowerCase().replace(/[\s'’]+/g, '');
  }

  // Chinese anywhere in the name or town; pinyin from the start, so "wc" finds 文昌 and not 下湾村
  function matches(entry, query) {
    return entry.n.indexOf(query) >= 0 || entry.t.indexOf(query) >= 0 ||
      entry.i.indexOf(query) === 0 || entry.p.indexOf(query) === 0;
  }

  // an area zoned to two schools is listed under both: it is counted once
  function filter() {
    var query = normalize(input.value);
    var found = 0;
    var areas = {};
    groups.forEach(function (group) {
      group.hidden = query !== '';
    });
    index.forEach(function (entry) {
      var hit = query === '' || matches(entry, query);
      entry.row.hidden = !hit;
      if (hit) {
        entry.groups.forEach(function (group) {
          if (group) {
            group.hidden = false;
          }
        });
        if (!areas[entry.t + '\n' + entry.n]) {
          areas[entry.t + '\n' + entry.n] = true;
          found++;
        }
      }
    });
    if (query === '') {
      status.textContent = '';
    } else if (found === 0) {
      status.textContent = form.getAttribute('data-none');
    } else if (found === 1) {
      status.textContent = form.getAttribute('data-found-one');
    } else {
      status.textContent = form.getAttribute('data-found').replace('{n}', String(found));
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    filter();
  });
  input.addEventListener('input', filter);
  form.hidden = false;
})();
