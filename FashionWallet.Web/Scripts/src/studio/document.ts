// The design document as the API sends it (camelCase), and the operations the studio sends back.
export interface PanelStyle { fabricId: string | null; colour: string | null; }
export interface Layer { id: string; name: string; kind: string; order: string; visible: boolean; locked: boolean; properties: Record<string, string>; }
export interface Colourway { id: string; name: string; panels: Record<string, PanelStyle>; }
export interface DesignDocument {
  garment: { silhouetteId: string | null; panels: Record<string, PanelStyle>; };
  colourways: Colourway[];
  activeColourwayId: string | null;
  prints: { id: string; printId: string }[];
  elements: { id: string; elementId: string }[];
  layers: Layer[];
}
export interface Step { version: number; document: DesignDocument; canUndo: boolean; canRedo: boolean; }
export interface CatalogItem { id: string; name: string; kind: string; category: string; }
export type Operation = Record<string, unknown> & { type: string };

export const panels = ['front', 'back', 'left-sleeve', 'right-sleeve', 'collar'];

export const newId = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;

/** The operations that apply a catalog item: a silhouette sets the garment, a fabric goes to a panel, a print or element is added; each gets a layer. */
export function applyItem(doc: DesignDocument, item: CatalogItem, panel: string): Operation[] {
  switch (item.kind) {
    case 'silhouette': {
      const ops: Operation[] = [{ type: 'setGarment', property: 'silhouette', value: item.id }];
      const layer = doc.layers.find(l => l.kind === 'silhouette');
      ops.push(layer
        ? { type: 'updateLayer', layerId: layer.id, name: item.name, properties: { item: item.id } }
        : { type: 'addLayer', layer: { id: 'silhouette', name: item.name, kind: 'silhouette', properties: { item: item.id } } });
      return ops;
    }
    case 'fabric':
      return [
        { type: 'setGarment', property: 'fabric', panel, value: item.id },
        // The fabric's own colour shows until the person picks another.
        { type: 'setGarment', property: 'colour', panel, value: null },
        { type: 'addLayer', layer: { id: newId('fabric'), name: `${item.name} (${panel})`, kind: 'fabric', properties: { item: item.id, panel } } },
      ];
    case 'print': {
      const id = newId('print');
      return [
        { type: 'addPrint', print: { id, printId: item.id, scale: 1, rotation: 0, offsetX: 0, offsetY: 0 } },
        { type: 'addLayer', layer: { id: newId('layer'), name: item.name, kind: 'print', properties: { item: item.id, print: id } } },
      ];
    }
    default: {
      const id = newId('element');
      return [
        { type: 'addElement', element: { id, elementId: item.id, zone: 'front', x: 0.5, y: 0.5, count: 1 } },
        { type: 'addLayer', layer: { id: newId('layer'), name: item.name, kind: 'element', properties: { item: item.id, element: id } } },
      ];
    }
  }
}

/** Removing a layer takes what it stands for out of the garment too, in the same undoable step. */
export function removeLayer(doc: DesignDocument, layer: Layer): Operation[] {
  const ops: Operation[] = [{ type: 'removeLayer', layerId: layer.id }];
  const p = layer.properties;
  if (layer.kind === 'silhouette' && doc.garment.silhouetteId) ops.push({ type: 'setGarment', property: 'silhouette', value: null });
  if (layer.kind === 'fabric' && p.item) {
    for (const panel of (p.panel ?? '').split(',').filter(Boolean))
      if (doc.garment.panels[panel]?.fabricId === p.item) ops.push({ type: 'setGarment', property: 'fabric', panel, value: null });
  }
  if (p.print && doc.prints.some(x => x.id === p.print)) ops.push({ type: 'removePrint', printId: p.print });
  if (p.element && doc.elements.some(x => x.id === p.element)) ops.push({ type: 'removeElement', elementId: p.element });
  return ops;
}
