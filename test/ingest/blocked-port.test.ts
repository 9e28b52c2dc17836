// What a user reads when a URL uses a port fetch refuses to connect to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ingest } from '../../src/ingest/command.js';
import { runCli, tmpDir } from './helpers.js';

describe('a URL on a port fetch refuses', () => {
  let server: http.Server;
  let base = '';
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      res.writeHead(301, { location: 'http://127.0.0.1:6000/feed.xml' });
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('CLI: says the port is blocked by fetch and what to do (nothing needs to listen there)', async () => {
    const dir = await tmpDir('wikic-port-');
    const r = runCli(['ingest', 'http://127.0.0.1:9/x.xml', '--raw', 'raw'], dir);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'wikic: http://127.0.0.1:9/x.xml: port 9 is one that fetch refuses to use (a port browsers block); serve the feed on another port\n',
    });
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('names the redirect target when a redirect leads to such a port', async () => {
    const raw = path.join(await tmpDir('wikic-port-'), 'raw');
    await expect(ingest([`${base}/feed.xml`], raw, 5000)).rejects.toThrow(
      `${base}/feed.xml: redirected to http://127.0.0.1:6000/feed.xml, whose port 6000 is one that fetch refuses to use (a port browsers block); serve the feed on another port`,
    );
  });
});
