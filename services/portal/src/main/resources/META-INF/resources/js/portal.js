// The portal's own progressive enhancement (docs/adr/0018): every page works without this file; with it, the
// navigation folds behind a button on a phone and a "page size" select applies itself. A module file served by the
// portal itself, so the Content-Security-Policy keeps script-src 'self' (no inline script, no eval).

document.documentElement.classList.add('js');

/** On a narrow screen the role's navigation folds behind one button (aria-expanded tells screen readers). */
function foldNavigation() {
  const nav = document.querySelector('nav.site-nav');
  const toggle = nav && nav.querySelector('.nav-toggle');
  if (!toggle) {
    return;
  }
  toggle.hidden = false;
  nav.classList.add('collapsed');
  toggle.addEventListener('click', () => {
    const open = nav.classList.toggle('collapsed') === false;
    toggle.setAttribute('aria-expanded', String(open));
  });
}

/** The pager's page-size select submits its form at once; without JavaScript its button does. */
function autoSubmitPageSize() {
  for (const select of document.querySelectorAll('select[data-autosubmit]')) {
    const button = select.form && select.form.querySelector('button[data-autosubmit-button]');
    if (button) {
      button.hidden = true;
    }
    select.addEventListener('change', () => select.form.requestSubmit());
  }
}

foldNavigation();
autoSubmitPageSize();
