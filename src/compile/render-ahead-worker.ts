// The rendering thread (render-ahead.ts): makes the key and text of each post page it is sent from the
// page's plain data, and sends them back batch by batch. With templates other than the compile's it
// refuses: those pages are then rendered on the compile's thread.
import { parentPort, workerData } from 'node:worker_threads';
import { loadTemplates } from './templates.js';
import { renderSourcePage, sourceLinks } from './emitters/source-page.js';
import type { AheadData, AheadJobs, AheadMessage } from './render-ahead.js';

const { templatesDir, templatesHash, urls } = workerData as AheadData;
const port = parentPort!;
const templates = await loadTemplates(templatesDir);
if (templates.hash !== templatesHash) port.postMessage({ refused: true } satisfies AheadMessage);
else {
  const byUrl = new Map(urls);
  port.on('message', ({ jobs }: AheadJobs) => {
    const results: NonNullable<AheadMessage['results']> = jobs.map(([i, job]) => {
      const links = sourceLinks(job);
      return [i, links.key, renderSourcePage(job, templates, byUrl, links.targets)];
    });
    port.postMessage({ results } satisfies AheadMessage);
  });
}
