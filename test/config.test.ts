// The config file: every problem names the file and the key; a merge that goes round in a circle is refused.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { WikicError } from '../src/errors.js';

const parse = (raw: unknown) => parseConfig(raw, 'wikic.config.json', '/tmp');

describe('config', () => {
  it('takes aliases, types, merge chains and self-merges', () => {
    const cfg = parse({ entities: { aliases: { OpenAI: ['Open AI'] }, types: { Kestrel: 'product' }, merge: { Postgres: 'PostgreSQL', PG: 'Postgres', MCP: 'mcp' } } });
    expect(cfg.entities.merge).toEqual({ Postgres: 'PostgreSQL', PG: 'Postgres', MCP: 'mcp' });
    expect(cfg.entities.types.Kestrel).toBe('product');
  });

  it('refuses bad values with the file and the key', () => {
    expect(() => parse({ entities: { types: { X: 'gadget' } } })).toThrow(/^wikic\.config\.json: "entities\.types\.X" is "gadget", expected one of/);
    expect(() => parse({ entities: { merge: { X: 3 } } })).toThrow(WikicError);
    expect(() => parse({ colour: 'blue' })).toThrow('wikic.config.json: unknown key "colour"');
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
