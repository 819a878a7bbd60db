// The AppHost dashboard: polls /api/resources, streams the chosen resource's console (server-sent events), restarts.
const body = document.querySelector('#resources tbody');
const log = document.getElementById('log');
const follow = document.getElementById('follow');
const summary = document.getElementById('summary');
let selected = new URLSearchParams(location.search).get('resource');
let stream = null;

const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

function stateClass(state) {
  return state.split(' ')[0].replace(/[^a-z]/g, '');
}

function row(resource) {
  const tr = el('tr', { className: resource.name === selected ? 'selected' : '' });
  tr.dataset.resource = resource.name;
  tr.addEventListener('click', () => select(resource.name));
  const endpoints = el('td');
  for (const endpoint of resource.endpoints) {
    const isHttp = endpoint.url.startsWith('http');
    endpoints.append(isHttp ? el('a', { href: endpoint.url, target: '_blank', rel: 'noopener' }, endpoint.url) : el('span', {}, endpoint.url), el('br'));
  }
  const restart = el('button', { type: 'button', textContent: 'Restart', title: `Restart ${resource.name}` });
  restart.addEventListener('click', async event => {
    event.stopPropagation();
    restart.disabled = true;
    await fetch(`/api/resources/${encodeURIComponent(resource.name)}/restart`, { method: 'POST', headers: { 'X-FashionWallet-Dashboard': '1' } });
    setTimeout(() => { restart.disabled = false; }, 1500);
  });
  tr.append(
    el('td', { className: 'name' }, resource.name),
    el('td', {}, resource.type),
    el('td', {}, el('span', { className: `state ${stateClass(resource.state)}`, textContent: resource.state })),
    el('td', {}, resource.pid ?? ''),
    endpoints,
    el('td', {}, resource.startedAt ? new Date(resource.startedAt).toLocaleTimeString() : ''),
    el('td', { className: 'detail' }, resource.error ?? resource.healthDetail ?? (resource.waitsFor.length ? `waits for ${resource.waitsFor.join(', ')}` : '')),
    el('td', {}, restart));
  return tr;
}

async function refresh() {
  try {
    const resources = await (await fetch('/api/resources', { cache: 'no-store' })).json();
    body.replaceChildren(...resources.map(row));
    const healthy = resources.filter(r => r.state === 'healthy').length;
    summary.textContent = `${healthy} of ${resources.length} resources healthy · updated ${new Date().toLocaleTimeString()}`;
    if (!selected && resources.length) select(resources[resources.length - 1].name);
  } catch {
    summary.textContent = 'The AppHost is not answering (stopped?)';
  }
}

function select(name) {
  selected = name;
  history.replaceState(null, '', `?resource=${encodeURIComponent(name)}`);
  document.querySelectorAll('#resources tbody tr').forEach(tr => tr.classList.toggle('selected', tr.dataset.resource === name));
  document.getElementById('console-title').textContent = `Console output · ${name}`;
  stream?.close();
  log.replaceChildren();
  stream = new EventSource(`/api/resources/${encodeURIComponent(name)}/logs`);
  stream.addEventListener('line', event => {
    const line = JSON.parse(event.data);
    log.append(el('span', { className: line.isError ? 'err' : '' }, `${line.text}\n`));
    while (log.childNodes.length > 2000) log.firstChild.remove();
    if (follow.checked) log.scrollTop = log.scrollHeight;
  });
}

refresh();
setInterval(refresh, 1000);
