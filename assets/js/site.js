/* Every page: the large-text mode (适老化; applied before the first paint by a line in the head,
   here only switched), the language switch keeping the address's choices, and a school's "add to
   compare" link. Without JavaScript the switch and the link are hidden; the language switch is a
   plain link. */
(function () {
  'use strict';
  var MODE = 'junheng-large-text';
  var COMPARE = 'junheng-compare';
  var root = document.documentElement;

  function stored(key) {
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }

  function store(key, value) {
    try { localStorage.setItem(key, value); } catch (e) { /* private browsing: the choice lasts this page */ }
  }

  var toggle = document.getElementById('text-toggle');
  if (toggle) {
    var show = function () {
      toggle.setAttribute('aria-pressed', String(root.classList.contains('large-text')));
    };
    toggle.addEventListener('click', function () {
      var on = root.classList.toggle('large-text');
      store(MODE, on ? 'on' : 'off');
      show();
    });
    show();
    toggle.hidden = false;
  }

  // the school finder and the comparison keep the reader's choices in the address (?q=…, ?schools=…),
  // which mean the same in both languages: the other language's page opens with them
  var twin = document.querySelector('a.language-switch');
  if (twin) {
    var page = twin.getAttribute('href').split('?')[0];
    var follow = function () {
      twin.setAttribute('href', page + location.search);
    };
    ['focus', 'mouseover', 'touchstart', 'click', 'auxclick', 'contextmenu'].forEach(function (type) {
      twin.addEventListener(type, follow);
    });
  }

  var add = document.getElementById('compare-this');
  if (add) {
    add.addEventListener('click', function (event) {
      var codes = (stored(COMPARE) || '').split(',').filter(function (code) {
        return /^[0-9A-Za-z]+$/.test(code) && code !== add.getAttribute('data-code');
      });
      codes.push(add.getAttribute('data-code'));
      codes = codes.slice(-4);
      store(COMPARE, codes.join(','));
      event.preventDefault();
      location.href = add.getAttribute('href').split('?')[0] + '?schools=' + codes.join(',');
    });
    add.parentNode.hidden = false;
  }
})();
