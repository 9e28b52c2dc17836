// The config file: every problem names the file and the key; a merge that goes round in a circle is refused.
import { describe, expect, it } from 'vitest';
import { jsonErrorAt, loadConfig, parseConfig } from '../src/config.js';
import { WikicError } from '../src/errors.js';

const parse = (raw: unknown) => parseConfig(raw, 'wikic.config.json', '/tmp');

describe('config', () => {
  it('takes aliases, types, merge chains and self-merges', () => {
    const cfg = parse({ entities: { aliases: { OpenAI: ['Open AI'] }, types: { Kestrel: 'product' }, merge: { Postgres: 'PostgreSQL', PG: 'Postgres', MCP: 'mcp' } } });
    expect(cfg.entities.merge).toEqual({ Postgres: 'PostgreSQL', PG: 'Postgres', MCP: 'mcp' });
    expect(cfg.entities.types.Kestrel).toBe('product');
  });

  it('names a file that is not JSON on one line, with where the text stops reading as JSON when it can', async () => {
    const { promises: fs } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wikic-config-'));
    const file = path.join(dir, 'wikic.config.json');
    for (const text of ['{ "feeds": [ }\n', '{\n "feeds": ["a"\n "raw": "x"}\n', '{"feeds":["a.xml","bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.xml",]}\n', '{"thresholds": {"staleDays": tru\n}}\n']) {
      await fs.writeFile(file, text);
      const err = await loadConfig(file).then(() => undefined, (e: Error) => e);
      expect(err).toBeInstanceOf(WikicError);
      expect(err!.message).toMatch(/wikic\.config\.json: not valid JSON/);
      expect(err!.message).not.toContain('\n');
      expect(err!.message).not.toContain('...');
      expect(err!.message).toMatch(/\)$|: [^:]+$/);
    }
    expect(jsonErrorAt('{\n "feeds": ["a"\n "raw": "x"}\n', "Expected ',' or ']' after array element in JSON at position 18")).toBe(" at 3:2: Expected ',' or ']' after array element");
    await fs.rm(dir, { recursive: true });
  });

  it('refuses bad values with the file and the key', () => {
    expect(() => parse({ entities: { types: { X: 'gadget' } } })).toThrow(/^wikic\.config\.json: "entities\.types\.X" is "gadget", expected one of/);
    expect(() => parse({ entities: { merge: { X: 3 } } })).toThrow(WikicError);
    expect(() => parse({ colour: 'blue' })).toThrow('wikic.config.json: unknown key "colour"');
  });

  it('refuses one alias given to two names, however it is written', () => {
    expect(() => parse({ entities: { aliases: { PostgreSQL: ['DB'], MongoDB: ['db', 'Mongo'] } } })).toThrow(
      'wikic.config.json: "db" is an alias of both "PostgreSQL" and "MongoDB" in "entities.aliases" (an alias names one thing; merging them is what "entities.merge" is for)',
    );
    expect(() => parse({ entities: { aliases: { PostgreSQL: ['Postgres', 'PG'], MongoDB: ['Mongo'] } } })).not.toThrow();
    expect(() => parse({ entities: { aliases: { PostgreSQL: ['MongoDB'], MongoDB: ['Mongo'] } } })).toThrow(/"MongoDB" is an alias of "PostgreSQL" and a name with aliases of its own/);
  });

  it('refuses a merge that goes round in a circle, however the names are written', () => {
    expect(() => parse({ entities: { merge: { Edge: 'Microsoft Edge', 'microsoft-edge': 'edge' } } })).toThrow(
      'wikic.config.json: "entities.merge" goes round in a circle: "Edge" -> "microsoft-edge" -> "Edge" (merge each name into one that merges no further back)',
    );
    expect(() => parse({ entities: { merge: { A: 'B', B: 'C', C: 'A', D: 'A' } } })).toThrow(/"A" -> "B" -> "C" -> "A"/);
    expect(() => parse({ entities: { merge: { "Acme's": 'Beta', Beta: 'Acme' } } })).toThrow(/goes round in a circle/);
    // Names resolution keys alike are one name: merging it into itself is no circle.
    expect(() => parse({ entities: { merge: { 'The Verge': 'Verge', Verge: 'The Verge', 'AT&T': 'AT and T', 'AT and T': 'AT&T' } } })).not.toThrow();
  });
});

describe('a config file in another folder', () => {
  it('gives raw/ and wiki/ relative to its own folder to every command, and names itself in notes', async () => {
    const { spawnSync } = await import('node:child_process');
    const { promises: fs, existsSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'wikic-config-'));
    const proj = path.join(root, 'proj');
    const elsewhere = path.join(root, 'elsewhere');
    await fs.mkdir(proj);
    await fs.mkdir(elsewhere);
    await fs.writeFile(
      path.join(proj, 'feed.xml'),
      '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://t.example/</link><item><title>Vacuum lessons</title><link>https://t.example/v</link><guid>g1</guid><pubDate>Mon, 06 Jan 2025 10:00:00 GMT</pubDate><description>PostgreSQL vacuum took 12 hours at Globex Corp. PostgreSQL is fine.</description></item></channel></rss>',
    );
    await fs.writeFile(path.join(proj, 'blog.json'), JSON.stringify({ feeds: ['feed.xml'], raw: 'myraw', wiki: 'mywiki', entities: { aliases: { Zzyzx: ['Zz'] } } }));
    const cli = (args: string[]) => spawnSync(process.execPath, [path.resolve('bin/wikic.js'), ...args], { cwd: elsewhere, encoding: 'utf8' });
    const built = cli(['build', '--config', '../proj/blog.json']);
    expect(built.status, built.stderr).toBe(0);
    expect(existsSync(path.join(proj, 'myraw'))).toBe(true);
    expect(existsSync(path.join(proj, 'mywiki', 'index.md'))).toBe(true);
    expect(await fs.readdir(elsewhere)).toEqual([]);
    expect(built.stderr).toContain(`${path.join('..', 'proj', 'blog.json')} names "Zz", "Zzyzx"`);
    // `--raw` given on the command line is read from the working directory, whatever the config says.
    const own = cli(['ingest', '--config', '../proj/blog.json', '--raw', 'myraw']);
    expect(own.status, own.stderr).toBe(0);
    expect(existsSync(path.join(elsewhere, 'myraw'))).toBe(true);
    await fs.rm(path.join(elsewhere, 'myraw'), { recursive: true });
    for (const args of [['compile'], ['maintain'], ['context', 'What is PostgreSQL?']]) {
      const r = cli([...args, '--config', '../proj/blog.json']);
      expect(r.status, `${args[0]}: ${r.stderr}`).toBe(0);
    }
  }, 60_000);
});
