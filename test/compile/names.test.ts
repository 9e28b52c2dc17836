import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH, NameRegistry, safePageName } from '../../src/compile/names.js';

describe('safePageName', () => {
  it('spells out a # after a single capital (C#, F#), which no page name may hold', () => {
    expect(safePageName("C# 12 vs F#: what's new in .NET 8?")).toBe("C Sharp 12 vs F Sharp - what's new in .NET 8");
    expect(safePageName('Issue #12')).toBe('Issue 12');
  });

  it('keeps readable names as they are', () => {
    expect(safePageName('Model Context Protocol')).toBe('Model Context Protocol');
    expect(safePageName('GPT-4o')).toBe('GPT-4o');
  });

  it('drops characters that file systems or wikilinks refuse', () => {
    expect(safePageName('What? "yes" <no> #1 ^x [y] *')).toBe('What yes no 1 x y');
    expect(safePageName('Solving Hallucination: Where the Research Stands')).toBe('Solving Hallucination - Where the Research Stands');
    expect(safePageName('Cisco/LangChain | AGNTCY')).toBe('Cisco-LangChain - AGNTCY');
    expect(safePageName('a:b / c')).toBe('a-b c');
    expect(safePageName('tab\there\nnewline')).toBe('tab here newline');
  });

  it('trims dots and spaces at the ends and falls back when nothing is left', () => {
    expect(safePageName('  ..Hidden name.. ')).toBe('Hidden name');
    expect(safePageName('???', 'Untitled model')).toBe('Untitled model');
  });

  it('never yields a Windows device name', () => {
    expect(safePageName('CON')).toBe('CON (page)');
    expect(safePageName('com1')).toBe('com1 (page)');
  });

  it('caps long titles at a word boundary', () => {
    const long = 'word '.repeat(60);
    const name = safePageName(long);
    expect(name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(name.endsWith('word')).toBe(true);
  });
});

describe('NameRegistry', () => {
  it('keeps names unique case-insensitively with a readable suffix', () => {
    const r = new NameRegistry(['index', 'AGENTS']);
    expect(r.claim('Gemini', 'model')).toBe('Gemini');
    expect(r.claim('gemini', 'product')).toBe('gemini (product)');
    expect(r.claim('Gemini', 'product')).toBe('Gemini (product 2)');
    expect(r.claim('Agents', 'topic')).toBe('Agents (topic)');
    expect(r.claim('Index', 'post')).toBe('Index (post)');
  });

  it('keeps the suffix when the title is at the length cap', () => {
    const r = new NameRegistry();
    const title = 'x'.repeat(150);
    const a = r.claim(title, 'post');
    const b = r.claim(title, 'post');
    expect(a).not.toBe(b);
    expect(b.endsWith('(post)')).toBe(true);
    expect(b.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
  });

  it('treats Unicode compositions of one name as the same name', () => {
    const r = new NameRegistry();
    expect(r.claim('Caf\u00e9', 'company')).toBe('Café');
    expect(r.claim('Cafe\u0301', 'product')).toBe('Café (product)');
  });
});
