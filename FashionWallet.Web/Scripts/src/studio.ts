// The design studio: every change is an operation sent to the API as it happens (through this origin, with the
// page's anti-forgery token), then the layers, properties, flat and 3D view are drawn again from the answer.
// Without this module the page still shows the design, read-only.
// The viewer module sets up every [data-viewer] when it loads; the studio then reloads it after each edit.
import './viewer';
import type { ModelViewer } from './viewer';
import { between } from './studio/fractionalIndex';
import { setUpColourways } from './studio/colourways';
import { applyItem, removeLayer, panels, type CatalogItem, type DesignDocument, type Layer, type Operation, type Step } from './studio/document';

const root = document.querySelector<HTMLElement>('[data-studio]');
if (root) start(root);

function start(root: HTMLElement) {
  const id = root.dataset.design!;
  const token = root.querySelector<HTMLInputElement>('input[name=__RequestVerificationToken]')?.value ?? '';
  const saveState = root.querySelector<HTMLElement>('[data-save-state]')!;
  const undoButton = root.querySelector<HTMLButtonElement>('[data-undo]')!;
  const redoButton = root.querySelector<HTMLButtonElement>('[data-redo]')!;
  const layerList = root.querySelector<HTMLOListElement>('[data-layers]')!;
  const properties = root.querySelector<HTMLElement>('[data-properties]')!;
  const flat = root.querySelector<HTMLImageElement>('[data-flat]')!;
  const viewerElement = root.querySelector<HTMLElement>('[data-viewer]');
  const viewer = (window as unknown as { fashionWalletViewer?: ModelViewer }).fashionWalletViewer;

  let version = Number(root.dataset.version);
  let doc: DesignDocument | null = null;
  let selected: string | null = null;
  let panel = 'front';
  let queue: Promise<unknown> = Promise.resolve();
  let shownPreview = version;
  const fabricColours = new Map<string, string | null>();

  const setState = (text: string, kind: string) => { saveState.textContent = text; saveState.dataset.state = kind; };

  /** Shows a step; the promise settles once the panel colours its fabrics give are in (the properties are drawn again then). */
  function show(step: Step) {
    version = step.version;
    doc = step.document;
    root.dataset.version = String(version);
    undoButton.disabled = !step.canUndo;
    redoButton.disabled = !step.canRedo;
    if (selected && !doc.layers.some(l => l.id === selected)) selected = null;
    renderLayers();
    renderProperties();
    renderColourways(doc);
    flat.src = `/designs/${id}/flat.svg?version=${version}`;
    reloadPreview();
    return loadFabricColours();
  }

  async function reloadPreview() {
    if (!viewer || !viewerElement || shownPreview === version) return;
    const wanted = version;
    const camera = viewer.camera.position.clone();
    const target = viewer.controls.target.clone();
    viewerElement.dataset.state = 'loading';
    try {
      await viewer.load([`/designs/${id}/preview.glb?version=${wanted}`]);
      // Keep the person's camera: a reload after an edit should not spin the view back to the front.
      viewer.camera.position.copy(camera);
      viewer.controls.target.copy(target);
      viewer.controls.update();
      shownPreview = wanted;
      viewerElement.dataset.version = String(wanted);
      viewerElement.dataset.state = version === wanted ? 'ready' : 'loading';
    } catch {
      viewerElement.dataset.state = 'error';
    }
  }

  /** The colour a fabric shows on a panel without its own, fetched once per fabric. */
  async function loadFabricColours() {
    const missing = Object.values(doc?.garment.panels ?? {}).map(p => p.fabricId).filter((f): f is string => !!f && !fabricColours.has(f));
    if (missing.length === 0) return;
    await Promise.all([...new Set(missing)].map(async fabricId => {
      fabricColours.set(fabricId, null);
      const response = await fetch(`/designs/catalog/${fabricId}/colour`);
      if (response.ok) fabricColours.set(fabricId, ((await response.json()) as { hex: string }).hex);
    }));
    renderProperties();
  }

  async function reload(state: string, kind: string) {
    const response = await fetch(`/designs/${id}/document`, { headers: { Accept: 'application/json' } });
    if (!response.ok) { setState('Could not reload the design', 'error'); return; }
    const body = await response.json() as { design: { version: number }; document: DesignDocument; canUndo: boolean; canRedo: boolean };
    const shown = show({ version: body.design.version, document: body.document, canUndo: body.canUndo, canRedo: body.canRedo });
    setState(state, kind);
    await shown;
  }

  /** Sends one request after the one before it answered, so each goes on top of the version it knows. */
  function post(path: string, body: () => object) {
    queue = queue.then(async () => {
      setState('Saving…', 'saving');
      try {
        const response = await fetch(`/designs/${id}/${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', RequestVerificationToken: token },
          body: JSON.stringify(body()),
        });
        if (response.ok) { show(await response.json() as Step); setState('Saved', 'saved'); return; }
        if (response.status === 409) { await reload('Conflict — reloaded', 'conflict'); return; }
        const problem = await response.json().catch(() => null) as { detail?: string; title?: string; errors?: Record<string, string[]> } | null;
        const reason = problem?.errors ? Object.values(problem.errors).flat()[0] : problem?.detail ?? problem?.title;
        setState(`Not saved: ${reason ?? response.statusText}`, 'error');
      } catch {
        setState('Not saved: the server could not be reached', 'error');
      }
    });
    return queue;
  }

  const apply = (operations: Operation[]) => operations.length > 0 && post('operations', () => ({ baseVersion: version, operations }));
  const undo = () => post('undo', () => ({ baseVersion: version }));
  const redo = () => post('redo', () => ({ baseVersion: version }));
  const renderColourways = setUpColourways(root.querySelector<HTMLElement>('.studio-colourways')!, () => doc, apply);

  // Layers, top of the stack first.
  function renderLayers() {
    if (!doc) return;
    const items = [...doc.layers].reverse().map(layer => {
      const item = document.createElement('li');
      item.dataset.layerId = layer.id;
      item.dataset.kind = layer.kind;
      item.draggable = !layer.locked;
      item.tabIndex = 0;
      item.setAttribute('aria-selected', String(layer.id === selected));
      item.classList.toggle('hidden-layer', !layer.visible);
      const name = Object.assign(document.createElement('span'), { className: 'layer-name', textContent: layer.name, title: layer.name });
      const kind = Object.assign(document.createElement('span'), { className: 'muted', textContent: layer.kind });
      const visible = toggle(layer, 'visible', layer.visible ? 'Hide' : 'Show');
      const locked = toggle(layer, 'locked', layer.locked ? 'Unlock' : 'Lock');
      item.append(name, kind, visible, locked);
      return item;
    });
    layerList.replaceChildren(...items);
  }

  function toggle(layer: Layer, field: 'visible' | 'locked', label: string) {
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'layer-toggle', textContent: label });
    button.dataset.toggle = field;
    button.setAttribute('aria-label', `${label} ${layer.name}`);
    button.setAttribute('aria-pressed', String(field === 'visible' ? layer.visible : layer.locked));
    return button;
  }

  function fabricName(fabricId: string | null | undefined) {
    if (!fabricId || !doc) return 'no fabric';
    return doc.layers.find(l => l.properties.item === fabricId)?.name.replace(/ \(.*\)$/, '') ?? 'a catalog fabric';
  }

  function renderProperties() {
    if (!doc) return;
    const parts: HTMLElement[] = [];
    const layer = doc.layers.find(l => l.id === selected);
    if (layer) {
      const fields = document.createElement('fieldset');
      fields.append(Object.assign(document.createElement('legend'), { textContent: `Layer: ${layer.kind}` }));
      fields.append(label('Name', Object.assign(document.createElement('input'), { value: layer.name, maxLength: 80, disabled: layer.locked }), 'name'));
      fields.append(check('Visible', layer.visible, 'visible', layer.locked));
      fields.append(check('Locked', layer.locked, 'locked', false));
      parts.push(fields);
    } else {
      parts.push(Object.assign(document.createElement('p'), { className: 'hint', textContent: 'Select a layer to rename, hide or lock it.' }));
    }
    const garment = document.createElement('fieldset');
    garment.append(Object.assign(document.createElement('legend'), { textContent: 'Panels' }));
    for (const name of panels) {
      const style = doc.garment.panels[name];
      const row = document.createElement('div');
      row.className = 'panel-row';
      row.dataset.panelRow = name;
      const radio = Object.assign(document.createElement('input'), { type: 'radio', name: 'selected-panel', value: name, checked: name === panel });
      radio.dataset.selectPanel = name;
      const shown = style?.colour ?? (style?.fabricId ? fabricColours.get(style.fabricId) : null) ?? '#efe8d8';
      const colour = Object.assign(document.createElement('input'), { type: 'color', value: shown });
      colour.dataset.panelColour = name;
      colour.setAttribute('aria-label', `${name} colour`);
      const fabric = Object.assign(document.createElement('span'), { className: 'muted', textContent: fabricName(style?.fabricId) });
      fabric.dataset.panelFabric = name;
      const title = Object.assign(document.createElement('label'), { className: 'panel-choice', textContent: name });
      title.prepend(radio);
      if (style?.fabricId && !style.colour) colour.title = 'The fabric\'s own colour shows until you pick one';
      row.append(title, colour, fabric);
      garment.append(row);
    }
    garment.append(Object.assign(document.createElement('p'), { className: 'hint', textContent: 'Fabrics from the catalog go to the chosen panel.' }));
    parts.push(garment);
    properties.replaceChildren(...parts);
  }

  function label(text: string, input: HTMLInputElement, prop: string) {
    input.dataset.prop = prop;
    const element = Object.assign(document.createElement('label'), { textContent: text });
    element.append(input);
    return element;
  }

  function check(text: string, checked: boolean, prop: string, disabled: boolean) {
    const input = Object.assign(document.createElement('input'), { type: 'checkbox', checked, disabled });
    const element = label(text, input, prop);
    element.className = 'check';
    return element;
  }

  const layerById = (layerId: string | undefined) => doc?.layers.find(l => l.id === layerId);

  // Layer panel: select, toggles, drag to reorder.
  layerList.addEventListener('click', event => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-layer-id]');
    const layer = layerById(item?.dataset.layerId);
    if (!layer) return;
    const button = (event.target as HTMLElement).closest<HTMLElement>('[data-toggle]');
    if (button?.dataset.toggle === 'visible') apply([{ type: 'updateLayer', layerId: layer.id, visible: !layer.visible }]);
    else if (button?.dataset.toggle === 'locked') apply([{ type: 'updateLayer', layerId: layer.id, locked: !layer.locked }]);
    selected = layer.id;
    renderLayers();
    renderProperties();
  });
  layerList.addEventListener('dragstart', event => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-layer-id]');
    if (item) { event.dataTransfer?.setData('text/x-layer', item.dataset.layerId!); item.classList.add('dragging'); }
  });
  layerList.addEventListener('dragend', () => layerList.querySelectorAll('.dragging').forEach(e => e.classList.remove('dragging')));
  layerList.addEventListener('dragover', event => { if (event.dataTransfer?.types.includes('text/x-layer')) event.preventDefault(); });
  layerList.addEventListener('drop', event => {
    const movedId = event.dataTransfer?.getData('text/x-layer');
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-layer-id]');
    if (!doc || !movedId || !target || target.dataset.layerId === movedId) return;
    event.preventDefault();
    const box = target.getBoundingClientRect();
    const above = event.clientY < box.top + box.height / 2;
    // The list shows the top first; the document keeps the bottom first.
    const others = doc.layers.filter(l => l.id !== movedId);
    const index = others.findIndex(l => l.id === target.dataset.layerId);
    const [low, high] = above ? [others[index], others[index + 1]] : [others[index - 1], others[index]];
    apply([{ type: 'moveLayer', layerId: movedId, order: between(low?.order ?? null, high?.order ?? null) }]);
  });

  // Properties panel.
  properties.addEventListener('change', event => {
    const input = event.target as HTMLInputElement;
    const layer = layerById(selected ?? undefined);
    if (input.dataset.selectPanel) { panel = input.dataset.selectPanel; return; }
    if (input.dataset.panelColour) { apply([{ type: 'setGarment', property: 'colour', panel: input.dataset.panelColour, value: input.value }]); return; }
    if (!layer) return;
    if (input.dataset.prop === 'name' && input.value.trim()) apply([{ type: 'updateLayer', layerId: layer.id, name: input.value.trim() }]);
    if (input.dataset.prop === 'visible') apply([{ type: 'updateLayer', layerId: layer.id, visible: input.checked }]);
    if (input.dataset.prop === 'locked') apply([{ type: 'updateLayer', layerId: layer.id, locked: input.checked }]);
  });

  // Catalog panel: search as you type; click Apply or drag an item onto the views.
  const catalogForm = root.querySelector<HTMLFormElement>('[data-catalog-search]');
  const results = root.querySelector<HTMLOListElement>('[data-catalog-results]')!;
  let searchTimer: number | undefined;
  async function search() {
    if (!catalogForm) return;
    const data = new FormData(catalogForm);
    const query = new URLSearchParams({ q: String(data.get('q') ?? ''), kind: String(data.get('kind') ?? '') });
    const response = await fetch(`/designs/catalog?${query}`);
    if (!response.ok) return;
    const items = await response.json() as CatalogItem[];
    results.replaceChildren(...items.map(catalogEntry));
    results.dataset.query = query.toString();
  }
  catalogForm?.addEventListener('submit', event => { event.preventDefault(); search(); });
  catalogForm?.addEventListener('input', () => { clearTimeout(searchTimer); searchTimer = window.setTimeout(search, 200); });

  function catalogEntry(item: CatalogItem) {
    const entry = document.createElement('li');
    Object.assign(entry.dataset, { item: '', id: item.id, kind: item.kind, name: item.name, category: item.category });
    entry.draggable = true;
    const image = Object.assign(document.createElement('img'), { src: `/catalog/items/${item.id}/thumbnail.svg`, alt: '', width: 48, height: 48, loading: 'lazy' });
    const name = Object.assign(document.createElement('span'), { textContent: item.name });
    const kind = Object.assign(document.createElement('span'), { className: 'muted', textContent: item.kind });
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary', textContent: 'Apply' });
    button.dataset.apply = '';
    entry.append(image, name, kind, button);
    return entry;
  }

  const itemOf = (element: HTMLElement): CatalogItem => ({ id: element.dataset.id!, kind: element.dataset.kind!, name: element.dataset.name!, category: element.dataset.category ?? '' });
  results.addEventListener('click', event => {
    const entry = (event.target as HTMLElement).closest<HTMLElement>('[data-item]');
    if (entry && doc) apply(applyItem(doc, itemOf(entry), panel));
  });
  results.addEventListener('dragstart', event => {
    const entry = (event.target as HTMLElement).closest<HTMLElement>('[data-item]');
    if (entry) event.dataTransfer?.setData('text/x-catalog-item', JSON.stringify(itemOf(entry)));
  });
  for (const dropTarget of root.querySelectorAll<HTMLElement>('[data-drop-target]')) {
    dropTarget.addEventListener('dragover', event => {
      if (event.dataTransfer?.types.includes('text/x-catalog-item')) { event.preventDefault(); dropTarget.classList.add('drop-here'); }
    });
    dropTarget.addEventListener('dragleave', () => dropTarget.classList.remove('drop-here'));
    dropTarget.addEventListener('drop', event => {
      dropTarget.classList.remove('drop-here');
      const json = event.dataTransfer?.getData('text/x-catalog-item');
      if (!json || !doc) return;
      event.preventDefault();
      apply(applyItem(doc, JSON.parse(json) as CatalogItem, panel));
    });
  }

  undoButton.addEventListener('click', () => undo());
  redoButton.addEventListener('click', () => redo());
  document.addEventListener('keydown', event => {
    const typing = (event.target as HTMLElement).closest('input, textarea, select');
    const key = event.key.toLowerCase();
    if ((event.ctrlKey || event.metaKey) && key === 'z' && !typing) { event.preventDefault(); if (event.shiftKey) redo(); else undo(); }
    else if ((event.ctrlKey || event.metaKey) && key === 'y' && !typing) { event.preventDefault(); redo(); }
    else if (event.key === 'Delete' && !typing && selected && doc) {
      const layer = layerById(selected);
      if (layer) { event.preventDefault(); apply(removeLayer(doc, layer)); }
    }
  });

  root.querySelectorAll<HTMLElement>('[data-needs-script]').forEach(e => { e.hidden = false; });
  root.querySelectorAll<HTMLInputElement | HTMLButtonElement>('[data-enable-with-script]').forEach(e => { e.disabled = false; });
  // The page carries the design and its fabrics' colours, so it is drawn once, at once; ready once everything is drawn
  // (a control used before its panel is drawn again would be replaced under the pointer).
  const initial = JSON.parse(root.querySelector('script[data-studio-state]')!.textContent!) as { step: Step; fabricColours: Record<string, string> };
  for (const [fabricId, hex] of Object.entries(initial.fabricColours)) fabricColours.set(fabricId, hex);
  show(initial.step).then(() => { root.dataset.ready = 'true'; });
}
