// textops: the little a script adds to pages that already work without one.
// - a live character counter on text fields, and a refusal before sending text that is blank or too long
//   (the server checks the same and re-shows the form with the text kept);
// - Ctrl+Enter / Cmd+Enter submits the form being typed in;
// - Copy buttons (hidden until this script shows them, since only a script can copy).
// Loaded as a same-origin file under CSP script-src 'self': no inline code anywhere.
'use strict';

(function () {
  var format = new Intl.NumberFormat('en-US');

  function codePoints(text) {
    var n = 0;
    for (var _ of text) n++;
    return n;
  }

  function problem(field) {
    var max = Number(field.dataset.maxChars);
    var n = codePoints(field.value);
    if (field.value.trim() === '') return 'The text is empty: type or paste some text first.';
    if (max > 0 && n > max) return 'Text too long: ' + format.format(n) + ' of ' + format.format(max) + ' characters.';
    return '';
  }

  function showError(field, message) {
    var box = document.getElementById(field.id + '-error');
    if (!box) return;
    box.textContent = message;
    box.hidden = message === '';
    if (message === '') field.removeAttribute('aria-invalid');
    else field.setAttribute('aria-invalid', 'true');
  }

  function updateCounter(field) {
    var counter = document.getElementById(field.id + '-count');
    if (!counter) return;
    var max = Number(field.dataset.maxChars);
    var n = codePoints(field.value);
    counter.textContent = format.format(n) + ' of ' + format.format(max) + ' characters';
    counter.classList.toggle('over', n > max);
  }

  document.querySelectorAll('textarea[data-max-chars]').forEach(function (field) {
    updateCounter(field);
    field.addEventListener('input', function () {
      updateCounter(field);
      if (field.getAttribute('aria-invalid') === 'true' && problem(field) === '') showError(field, '');
    });
    field.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && field.form) {
        event.preventDefault();
        field.form.requestSubmit();
      }
    });
    if (field.form) {
      field.form.addEventListener('submit', function (event) {
        var message = problem(field);
        if (message === '') return;
        event.preventDefault();
        showError(field, message);
        field.focus();
      });
    }
  });

  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var source = document.getElementById(button.dataset.copy);
    var status = document.getElementById(button.dataset.copy + '-copied');
    if (!source || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(source.textContent).then(
        function () { if (status) status.textContent = 'Copied.'; },
        function () { if (status) status.textContent = 'Could not copy: select the text and copy it by hand.'; },
      );
    });
  });
})();
