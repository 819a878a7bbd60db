// Catalog search, enhanced: suggestions as you type (an ARIA combobox), and filters and sort that apply on change.
// Without this module the page still works: the form submits with its Search and Apply buttons.

interface Suggestion { id: string; name: string; kind: string; }

const form = document.querySelector<HTMLFormElement>('[data-catalog]');
const input = form?.querySelector<HTMLInputElement>('[data-suggest]');
const list = document.getElementById('suggestions') as HTMLUListElement | null;
let active = -1;
let timer: number | undefined;
let controller: AbortController | undefined;

function options(): HTMLLIElement[] {
  return list ? Array.from(list.querySelectorAll<HTMLLIElement>('[role=option]')) : [];
}

function close() {
  if (!list || !input) return;
  list.hidden = true;
  list.replaceChildren();
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
  active = -1;
}

function show(suggestions: Suggestion[]) {
  if (!list || !input) return;
  if (suggestions.length === 0) { close(); return; }
  list.replaceChildren(...suggestions.map((s, i) => {
    const item = document.createElement('li');
    item.id = `suggestion-${i}`;
    item.setAttribute('role', 'option');
    const link = document.createElement('a');
    link.href = `/catalog/items/${s.id}`;
    link.textContent = s.name;
    const kind = document.createElement('span');
    kind.className = 'muted';
    kind.textContent = s.kind;
    item.append(link, kind);
    return item;
  }));
  list.hidden = false;
  input.setAttribute('aria-expanded', 'true');
}

function highlight(index: number) {
  const all = options();
  if (all.length === 0 || !input) return;
  active = (index + all.length) % all.length;
  all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
  input.setAttribute('aria-activedescendant', all[active].id);
}

async function suggest(text: string) {
  controller?.abort();
  controller = new AbortController();
  try {
    const response = await fetch(`/catalog/suggest?q=${encodeURIComponent(text)}`, { signal: controller.signal });
    if (response.ok) show(await response.json() as Suggestion[]);
  } catch {
    // a newer keystroke aborted this request, or the network failed: the form still works
  }
}

if (form && input && list) {
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) { close(); return; }
    timer = window.setTimeout(() => void suggest(text), 150);
  });
  input.addEventListener('keydown', event => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown') { highlight(active + 1); event.preventDefault(); }
    else if (event.key === 'ArrowUp') { highlight(active - 1); event.preventDefault(); }
    else if (event.key === 'Escape') close();
    else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      options()[active].querySelector('a')?.click();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 150));

  form.querySelectorAll<HTMLElement>('[data-autosubmit]').forEach(control =>
    control.addEventListener('change', () => form.requestSubmit()));
  form.querySelectorAll<HTMLElement>('[data-apply]').forEach(button => { button.hidden = true; });
  form.addEventListener('submit', () => {
    // Empty fields would only clutter the address.
    form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]').forEach(field => {
      if (field.value === '') field.disabled = true;
    });
  });
}
