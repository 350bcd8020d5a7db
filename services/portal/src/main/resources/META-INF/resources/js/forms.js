// The forms' progressive enhancement (ADR 0018): everything here works without it, through the server.
// - character counters: the server renders "0 / 200"; this keeps the count as the user types;
// - confirmations: a form marked data-confirm="<dialog id>" opens that <dialog> instead of posting; its confirm
//   button posts the form with confirmed=yes (without JavaScript the server answers with a confirmation page);
// - the header's language links on a page with a form press the form's own language buttons, so what was typed
//   is posted and shown again in the other language instead of being dropped.

const YUAN_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const IN_SECTION = ['', '拾', '佰', '仟'];
const SECTIONS = ['', '万', '亿', '万'];

/** 人民币大写, the same rules as gx.techmarket.portal.web.AmountInWords (unit-tested there); '' if not an amount. */
export function amountInWords(typed) {
  const text = String(typed ?? '').replace(/[,\s]/g, '');
  const match = /^(\d{1,16})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) {
    return '';
  }
  const yuan = BigInt(match[1]);
  const decimals = (match[2] ?? '').padEnd(2, '0');
  const jiao = Number(decimals[0]);
  const fen = Number(decimals[1]);
  let words = integerWords(yuan);
  if (words) {
    words += '元';
    if (jiao === 0 && fen === 0) {
      return words + '整';
    }
    if (jiao === 0) {
      words += '零';
    }
  } else if (jiao === 0 && fen === 0) {
    return '零元整';
  }
  if (jiao > 0) {
    words += YUAN_DIGITS[jiao] + '角';
  }
  if (fen > 0) {
    words += YUAN_DIGITS[fen] + '分';
  }
  return words;
}

function integerWords(yuan) {
  const sections = [0, 1, 2, 3].map((s) => Number((yuan / 10000n ** BigInt(s)) % 10000n));
  let words = '';
  let zeroPending = false;
  for (let s = 3; s >= 0; s--) {
    const section = sections[s];
    if (section === 0) {
      zeroPending ||= words.length > 0;
      continue;
    }
    for (let place = 3; place >= 0; place--) {
      const digit = Math.floor(section / 10 ** place) % 10;
      if (digit === 0) {
        zeroPending ||= words.length > 0;
        continue;
      }
      if (zeroPending) {
        words += '零';
        zeroPending = false;
      }
      words += YUAN_DIGITS[digit] + IN_SECTION[place];
    }
    words += SECTIONS[s];
    if (s === 3 && sections[2] === 0) {
      words += '亿';
    }
  }
  return words;
}

/** An amount as typed, with thousands separators and two decimals ("1,200,000.10 元"); '' if not an amount. */
function figures(typed) {
  const text = String(typed ?? '').replace(/[,\s]/g, '');
  const match = /^(\d{1,16})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) {
    return '';
  }
  const whole = match[1].replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${(match[2] ?? '').padEnd(2, '0')} 元`;
}

function counters() {
  for (const counter of document.querySelectorAll('[data-counter-for]')) {
    const field = document.getElementById(counter.dataset.counterFor);
    if (!field) {
      continue;
    }
    const max = field.maxLength;
    const update = () => {
      counter.textContent = `${field.value.length} / ${max}`;
      counter.classList.toggle('near-limit', max > 0 && field.value.length >= max * 0.9);
    };
    field.addEventListener('input', update);
    update();
  }
}

/** The values typed into the form, shown in its dialog: amounts in figures and in words, texts as typed. */
function fill(dialog) {
  const value = (id) => document.getElementById(id)?.value ?? '';
  for (const el of dialog.querySelectorAll('[data-figure-of]')) {
    el.textContent = figures(value(el.dataset.figureOf)) || value(el.dataset.figureOf);
  }
  for (const el of dialog.querySelectorAll('[data-daxie-of]')) {
    el.textContent = amountInWords(value(el.dataset.daxieOf));
  }
  for (const el of dialog.querySelectorAll('[data-text-of]')) {
    el.textContent = value(el.dataset.textOf);
  }
}

function confirmations() {
  for (const form of document.querySelectorAll('form[data-confirm]')) {
    const dialog = document.getElementById(form.dataset.confirm);
    if (!dialog || typeof dialog.showModal !== 'function') {
      continue; // the server's confirmation page asks instead
    }
    let opener = null;
    form.addEventListener('submit', (event) => {
      const submitter = event.submitter;
      if (submitter && (submitter.name === 'confirmed' || submitter.name === 'switch-language'
          || submitter.hasAttribute('data-skip-confirm'))) {
        return; // confirmed in the dialog, only switching the language, or a step inside the form (a search)
      }
      event.preventDefault();
      opener = submitter ?? document.activeElement;
      fill(dialog);
      // modal: the rest of the page is inert, Tab stays in the dialog and Escape closes it
      dialog.showModal();
      dialog.querySelector('[data-confirm-cancel]')?.focus();
    });
    dialog.querySelector('[data-confirm-cancel]')?.addEventListener('click', () => dialog.close('cancel'));
    dialog.addEventListener('close', () => {
      if (dialog.returnValue !== 'yes' && opener && typeof opener.focus === 'function') {
        opener.focus();
      }
    });
    dialog.querySelector('[name=confirmed]')?.addEventListener('click', () => {
      dialog.returnValue = 'yes';
    });
  }
}

function keepFormOnLanguageSwitch() {
  const form = document.querySelector('form[data-keep-form]');
  if (!form) {
    return;
  }
  for (const buttons of document.querySelectorAll('[data-keep-language]')) {
    buttons.hidden = true; // the header's links do it now
  }
  for (const link of document.querySelectorAll('a[href*="lang="]')) {
    const lang = new URL(link.href, location.href).searchParams.get('lang');
    const button = form.querySelector(`button[name="switch-language"][value="${lang === 'en' ? 'en' : 'zh-CN'}"]`);
    if (!button) {
      continue;
    }
    link.addEventListener('click', (event) => {
      event.preventDefault();
      form.requestSubmit(button);
    });
  }
}

function focusProblem() {
  const problem = document.querySelector('[data-testid=problem][tabindex]');
  if (problem) {
    problem.focus();
  }
}

counters();
confirmations();
keepFormOnLanguageSwitch();
focusProblem();
