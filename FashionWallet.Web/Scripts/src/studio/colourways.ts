// The Colourways section: save the garment's current colours under a name, apply one (an undoable step like any
// other edit), rename or remove it. The active colourway is marked, and marked edited once the garment moved away from it.
import { newId, type Colourway, type DesignDocument, type Operation, type PanelStyle } from './document';

/** The garment's panels as a colourway keeps them (only what the API reads: fabric and colour). */
function currentPanels(doc: DesignDocument): Record<string, PanelStyle> {
  return Object.fromEntries(Object.entries(doc.garment.panels).map(([name, style]) => [name, { fabricId: style.fabricId, colour: style.colour }]));
}

function matchesGarment(doc: DesignDocument, colourway: Colourway) {
  return Object.entries(colourway.panels).every(([name, style]) =>
    (doc.garment.panels[name]?.colour ?? null) === (style.colour ?? null) && (doc.garment.panels[name]?.fabricId ?? null) === (style.fabricId ?? null));
}

export function setUpColourways(section: HTMLElement, current: () => DesignDocument | null, apply: (operations: Operation[]) => unknown) {
  const list = section.querySelector<HTMLOListElement>('[data-colourways]')!;
  const form = section.querySelector<HTMLFormElement>('[data-colourway-save]')!;

  function entry(doc: DesignDocument, colourway: Colourway) {
    const item = document.createElement('li');
    item.dataset.colourwayId = colourway.id;
    const active = colourway.id === doc.activeColourwayId;
    if (active) item.setAttribute('aria-current', 'true');
    const swatches = Object.assign(document.createElement('span'), { className: 'colourway-swatches' });
    for (const style of Object.values(colourway.panels).filter(s => s.colour)) {
      const swatch = Object.assign(document.createElement('span'), { className: 'swatch' });
      swatch.style.background = style.colour!;
      swatches.append(swatch);
    }
    const name = Object.assign(document.createElement('input'), { className: 'colourway-name', value: colourway.name, maxLength: 80, required: true });
    name.dataset.colourwayName = colourway.id;
    name.setAttribute('aria-label', `Name of colourway ${colourway.name}`);
    item.append(swatches, name);
    if (active) item.append(Object.assign(document.createElement('span'), { className: 'muted', textContent: matchesGarment(doc, colourway) ? 'active' : 'active, edited' }));
    const actions = Object.assign(document.createElement('span'), { className: 'colourway-actions' });
    actions.append(button('Apply', 'apply', colourway), button('Remove', 'remove', colourway));
    item.append(actions);
    return item;
  }

  function button(text: string, action: string, colourway: Colourway) {
    const element = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary', textContent: text });
    element.dataset.colourwayAction = action;
    element.setAttribute('aria-label', `${text} colourway ${colourway.name}`);
    return element;
  }

  list.addEventListener('click', event => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-colourway-action]');
    const colourwayId = target?.closest<HTMLElement>('[data-colourway-id]')?.dataset.colourwayId;
    if (!target || !colourwayId) return;
    if (target.dataset.colourwayAction === 'apply') apply([{ type: 'applyColourway', colourwayId }]);
    if (target.dataset.colourwayAction === 'remove') apply([{ type: 'removeColourway', colourwayId }]);
  });
  list.addEventListener('change', event => {
    const input = event.target as HTMLInputElement;
    if (input.dataset.colourwayName && input.value.trim()) apply([{ type: 'updateColourway', colourwayId: input.dataset.colourwayName, name: input.value.trim() }]);
  });
  form.addEventListener('submit', event => {
    event.preventDefault();
    const doc = current();
    const name = (form.elements.namedItem('name') as HTMLInputElement);
    if (!doc || !name.value.trim()) return;
    apply([{ type: 'addColourway', id: newId('colourway'), name: name.value.trim(), panels: currentPanels(doc) }]);
    name.value = '';
  });

  return function render(doc: DesignDocument) {
    list.replaceChildren(...doc.colourways.map(c => entry(doc, c)));
  };
}
