// Avatar pages, enhanced: the processing bar follows the run live, and photo forms say they are uploading.
// Without this module the pages still work: the progress panel has a Refresh link.

interface Progress { stage: string; description: string; percent: number; finishedAt: string | null; }
interface ProgressReply { status: string; currentVersion: number; progress: Progress | null; }

const panel = document.querySelector<HTMLElement>('[data-avatar-progress]');
if (panel?.dataset.progressUrl) {
  const url = panel.dataset.progressUrl;
  const bar = panel.querySelector('progress');
  const stage = panel.querySelector('[data-stage]');
  const percent = panel.querySelector('[data-percent]');
  const poll = async () => {
    try {
      const response = await fetch(url, { headers: { accept: 'application/json' }, cache: 'no-store' });
      if (response.ok) {
        const reply = (await response.json()) as ProgressReply;
        const progress = reply.progress;
        if (!progress || progress.finishedAt || progress.stage === 'failed' || progress.stage === 'ready') {
          location.reload();
          return;
        }
        if (bar) bar.value = progress.percent;
        if (stage) stage.textContent = progress.description;
        if (percent) percent.textContent = String(progress.percent);
        panel.dataset.stage = progress.stage;
      }
    } catch {
      // A dropped request is retried on the next tick.
    }
    window.setTimeout(poll, 700);
  };
  window.setTimeout(poll, 500);
}

for (const form of document.querySelectorAll<HTMLFormElement>('[data-photo-form]')) {
  form.addEventListener('submit', () => {
    form.querySelector<HTMLElement>('[data-uploading]')?.removeAttribute('hidden');
    form.querySelector<HTMLButtonElement>('button[type=submit]')?.setAttribute('disabled', '');
  });
}
