// The directory picker (机构选择器), improved (docs/adr/0018): without this file the broker types words, presses 查找
// and chooses one of the organisations the page lists; with it the same field is an ARIA combobox that lists the
// verified organisations as the user types (GET /organisations/picker?q=, the portal's own JSON, same origin),
// chosen with the mouse or the keyboard (↑ ↓ Enter, Escape closes). The chosen USCC goes into the form's hidden
// buyer.uscc, which is what the form posts. Whether the buyer comes from the directory or is declared as outside
// Guangxi is a pair of radio buttons; with this file only the chosen way's fields show.

const DELAY_MS = 250;

function text(tag, className, content) {
  const el = document.createElement(tag);
  if (className) {
    el.className = className;
  }
  el.textContent = content;
  return el;
}

function enhance(picker) {
  const input = picker.querySelector('[role=combobox]');
  const list = picker.querySelector('[role=listbox]');
  const status = picker.querySelector('[data-picker-status]');
  const chosen = picker.querySelector('[data-picker-chosen]');
  if (!input || !list) {
    return;
  }
  let value = picker.querySelector('[data-picker-value]');
  if (!value) {
    value = document.createElement('input');
    value.type = 'hidden';
    value.name = picker.dataset.pickerName || 'buyer.uscc';
    value.setAttribute('data-picker-value', '');
    picker.append(value);
  }
  let options = [];
  let active = -1;
  let timer = null;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (index) => {
    const items = list.querySelectorAll('[role=option]');
    items.forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    active = index;
    if (index >= 0 && items[index]) {
      input.setAttribute('aria-activedescendant', items[index].id);
      items[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const choose = (option) => {
    value.value = option.uscc;
    // the server-rendered choices of a search without JavaScript would post a second buyer.uscc
    picker.querySelector('[data-picker-results]')?.remove();
    if (chosen) {
      chosen.replaceChildren(text('span', '', chosen.dataset.label || ''), text('strong', '', option.name),
        text('span', 'muted', ` ${option.uscc} · ${option.regionName} · ${option.kindLabel}`));
      chosen.dataset.uscc = option.uscc;
      chosen.hidden = false;
    }
    input.value = option.name;
    close();
    if (status) {
      status.textContent = `${chosen?.dataset.label || ''}${option.name}`;
    }
  };

  const show = (answer) => {
    options = answer.items || [];
    list.replaceChildren();
    options.forEach((option, i) => {
      const item = document.createElement('li');
      item.id = `${list.id}-${i}`;
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', 'false');
      item.dataset.uscc = option.uscc;
      item.append(text('strong', '', option.name), text('span', 'muted', `${option.uscc} · ${option.regionName} · ${option.kindLabel}`));
      // mousedown, not click: choosing must happen before the input's blur closes the list
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(option);
      });
      list.append(item);
    });
    if (answer.message) {
      const note = text('li', 'picker-note', answer.message);
      note.setAttribute('role', 'presentation');
      list.append(note);
    }
    const open = list.children.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open && options.length > 0));
    active = -1;
    if (status) {
      status.textContent = answer.message || `${options.length}`;
    }
  };

  const ask = async () => {
    const q = input.value.trim();
    if (!q) {
      close();
      return;
    }
    const mine = ++asked;
    try {
      const response = await fetch(`${picker.dataset.picker}?q=${encodeURIComponent(q)}`, {
        headers: { Accept: 'application/json' }, credentials: 'same-origin', redirect: 'error',
      });
      if (!response.ok || mine !== asked) {
        return;
      }
      show(await response.json());
    } catch {
      // a session that ran out, or the network: the 查找 button still works through the server
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(ask, DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    const count = options.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      if (list.hidden) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
      highlight((active + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      highlight(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      event.preventDefault(); // choose, do not post the form
      choose(options[active]);
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}

/** Only the chosen way of naming the buyer shows its fields: the directory's picker, or the external buyer's. */
function sources() {
  const radios = document.querySelectorAll('input[data-picker-source]');
  const update = () => {
    const checked = document.querySelector('input[data-picker-source]:checked');
    for (const part of document.querySelectorAll('[data-picker-for]')) {
      part.hidden = checked ? part.dataset.pickerFor !== checked.value : false;
    }
  };
  radios.forEach((radio) => radio.addEventListener('change', update));
  if (radios.length) {
    update();
  }
}

document.querySelectorAll('[data-picker]').forEach(enhance);
sources();
