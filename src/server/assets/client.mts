/**
 * The pages' only script (loaded as /assets/client.js; the pages work without it): a claim clicked in the side
 * list is scrolled to and lit up in the text, and files chosen on the Upload page are sent to POST /api/documents.
 */

function focusOwner(id: string): void {
  for (const el of Array.from(document.querySelectorAll('.focus'))) el.classList.remove('focus');
  const spans = Array.from(document.querySelectorAll<HTMLElement>('[data-owners]')).filter((el) => (el.dataset['owners'] ?? '').split(' ').includes(id));
  for (const el of spans) el.classList.add('focus');
  document.getElementById(`x-${id}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
}

document.addEventListener('click', (ev) => {
  const a = (ev.target as Element | null)?.closest<HTMLAnchorElement>('a[data-owner]');
  if (!a) return;
  ev.preventDefault();
  const id = a.dataset['owner']!;
  history.replaceState(null, '', `#x-${id}`);
  focusOwner(id);
});

const MEDIA: Record<string, string> = { html: 'text/html', htm: 'text/html', json: 'application/json', jsonl: 'application/x-ndjson', ndjson: 'application/x-ndjson' };

interface IngestItem {
  origin: string;
  id: string | null;
  status: string;
  error?: string;
}

function resultLine(name: string, item: IngestItem): HTMLLIElement {
  const li = document.createElement('li');
  li.className = `status-${item.status}`;
  const label = item.id ? Object.assign(document.createElement('a'), { href: `/documents/${item.id}` }) : document.createElement('span');
  label.textContent = item.origin === 'the request body' ? name : `${name}: ${item.origin}`;
  li.append(label, document.createTextNode(`: ${item.status}${item.error ? ` — ${item.error}` : ''}`));
  return li;
}

const form = document.querySelector<HTMLFormElement>('form.upload');
const files = form?.querySelector<HTMLInputElement>('input[type=file]');
form?.addEventListener('submit', async (ev) => {
  if (!files?.files || files.files.length === 0) return; // Pasted text goes as a plain form post.
  ev.preventDefault();
  const out = document.getElementById('upload-result')!;
  const list = document.createElement('ul');
  list.className = 'ingest-items';
  out.replaceChildren(list);
  for (const file of Array.from(files.files)) {
    const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
    try {
      const res = await fetch('/api/documents', { method: 'POST', headers: { 'content-type': MEDIA[ext] ?? 'text/plain' }, body: await file.text() });
      const body = (await res.json()) as { items?: IngestItem[]; detail?: string };
      if (!res.ok) list.append(resultLine(file.name, { origin: file.name, id: null, status: 'failed', error: body.detail ?? String(res.status) }));
      for (const item of body.items ?? []) list.append(resultLine(file.name, item));
    } catch (err) {
      list.append(resultLine(file.name, { origin: file.name, id: null, status: 'failed', error: (err as Error).message }));
    }
  }
});

if (location.hash.startsWith('#x-')) focusOwner(location.hash.slice(3));

export {};
