// Live status page: refreshes the API health, the queue and a running canary job without reloading.
// The page works without this module (it is rendered on the server); this only keeps it current.

interface LiveStatus {
  api: { status: string; checks: Record<string, { status: string; description?: string | null }> } | null;
  apiError: string | null;
  queue: { queued: number; processing: number; completed: number; failed: number; cancelled: number } | null;
  workers: number | null;
  job: { id: string; status: string; progress: { percent: number; message?: string | null }; error?: string | null } | null;
}

const root = document.querySelector<HTMLElement>('[data-live-status]');

function setText(name: string, value: string | number) {
  root?.querySelectorAll<HTMLElement>(`[data-field="${name}"]`).forEach(el => { el.textContent = String(value); });
}

function setState(name: string, state: string) {
  root?.querySelectorAll<HTMLElement>(`[data-state="${name}"]`).forEach(el => {
    el.textContent = state;
    el.dataset.value = state.toLowerCase();
  });
}

function render(live: LiveStatus) {
  setState('api', live.api?.status ?? 'Unreachable');
  for (const [name, check] of Object.entries(live.api?.checks ?? {})) setState(`check-${name}`, check.status);
  if (live.queue) for (const [key, value] of Object.entries(live.queue)) setText(`queue-${key}`, value as number);
  if (live.workers !== null) setText('workers', live.workers);
  if (live.job) {
    setState('job', live.job.status);
    setText('job-percent', `${live.job.progress.percent}%`);
    setText('job-message', live.job.error ?? live.job.progress.message ?? '');
    const bar = root?.querySelector<HTMLProgressElement>('[data-field="job-progress"]');
    if (bar) bar.value = live.job.progress.percent;
  }
  root?.setAttribute('data-updated', new Date().toISOString());
}

async function refresh() {
  if (!root) return;
  const job = root.dataset.job ? `?job=${encodeURIComponent(root.dataset.job)}` : '';
  try {
    const response = await fetch(`/status/live${job}`, { headers: { accept: 'application/json' } });
    if (response.ok) render(await response.json() as LiveStatus);
  } catch {
    setState('api', 'Unreachable');
  }
}

if (root) {
  const interval = Number(root.dataset.refreshMs ?? '1000');
  void refresh();
  setInterval(refresh, interval);
}
