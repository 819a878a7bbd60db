const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  for (const child of children) node.append(child);
  return node;
};

function resolve(spec, schema, depth = 0) {
  if (!schema || depth > 6) return schema;
  if (schema.$ref) return resolve(spec, schema.$ref.split('/').slice(1).reduce((o, k) => o[k], spec), depth + 1);
  const copy = { ...schema };
  if (copy.properties) copy.properties = Object.fromEntries(Object.entries(copy.properties).map(([k, v]) => [k, resolve(spec, v, depth + 1)]));
  if (copy.items) copy.items = resolve(spec, copy.items, depth + 1);
  return copy;
}

function example(schema) {
  if (!schema) return null;
  const type = Array.isArray(schema.type) ? schema.type.find(t => t !== 'null') : schema.type;
  if (schema.properties) return Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, example(v)]));
  if (type === 'array') return [example(schema.items)];
  if (type === 'integer' || type === 'number') return schema.minimum ?? 0;
  if (type === 'boolean') return false;
  if (schema.format === 'uuid') return '00000000-0000-0000-0000-000000000000';
  if (schema.format === 'date-time') return '2026-01-01T00:00:00Z';
  return type === 'string' ? 'string' : null;
}

function operation(spec, path, method, op) {
  const body = el('div', { class: 'body' });
  if (op.description) body.append(el('p', {}, op.description));
  if (op.parameters?.length) {
    const table = el('table', {}, el('tr', {}, el('th', {}, 'Parameter'), el('th', {}, 'In'), el('th', {}, 'Type'), el('th', {}, 'Required')));
    for (const p of op.parameters) {
      const schema = resolve(spec, p.schema) ?? {};
      table.append(el('tr', {}, el('td', {}, p.name), el('td', {}, p.in), el('td', {}, [schema.type, schema.format].filter(Boolean).join(' / ')), el('td', {}, p.required ? 'yes' : 'no')));
    }
    body.append(el('h4', {}, 'Parameters'), table);
  }
  const request = op.requestBody?.content?.['application/json']?.schema;
  if (request) body.append(el('h4', {}, 'Request body'), el('pre', {}, JSON.stringify(example(resolve(spec, request)), null, 2)));
  const responses = el('table', {}, el('tr', {}, el('th', {}, 'Status'), el('th', {}, 'Meaning'), el('th', {}, 'Body')));
  for (const [status, response] of Object.entries(op.responses ?? {})) {
    const content = response.content && Object.entries(response.content)[0];
    const shown = content ? el('pre', {}, `${content[0]}\n` + JSON.stringify(example(resolve(spec, content[1].schema)), null, 2)) : '';
    responses.append(el('tr', {}, el('td', {}, status), el('td', {}, response.description ?? ''), el('td', {}, shown)));
  }
  body.append(el('h4', {}, 'Responses'), responses);
  return el('details', { class: 'op' },
    el('summary', {}, el('span', { class: `method ${method}` }, method.toUpperCase()), el('span', { class: 'path' }, path), el('span', { class: 'summary' }, op.summary ?? '')),
    body);
}

fetch('/openapi/v1.json').then(r => r.json()).then(spec => {
  document.getElementById('title').textContent = `${spec.info.title} ${spec.info.version}`;
  document.getElementById('description').textContent = spec.info.description ?? '';
  const byTag = new Map();
  for (const [path, item] of Object.entries(spec.paths ?? {}))
    for (const [method, op] of Object.entries(item))
      for (const tag of op.tags ?? ['Other']) {
        if (!byTag.has(tag)) byTag.set(tag, []);
        byTag.get(tag).push(operation(spec, path, method, op));
      }
  const nav = document.getElementById('nav'), content = document.getElementById('content');
  for (const [tag, ops] of [...byTag].sort(([a], [b]) => a.localeCompare(b))) {
    const id = `tag-${tag.toLowerCase().replace(/\W+/g, '-')}`;
    nav.append(el('a', { href: `#${id}` }, `${tag} (${ops.length})`));
    content.append(el('section', { class: 'tag', id }, el('h2', {}, tag), ...ops));
  }
}).catch(error => {
  document.getElementById('description').replaceChildren(el('span', { class: 'error' }, `Could not load the OpenAPI document: ${error}`));
});
  
