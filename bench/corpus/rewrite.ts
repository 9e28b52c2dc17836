// Applies one post's renaming to its HTML: words in text, and the same names inside link targets,
// so a renamed company does not keep its old homepage (which would merge it back into the old entity).

const WORD = /[A-Za-z][A-Za-z0-9]*/g;

export type Renaming = Map<string, string>;

export function renameWords(text: string, renaming: Renaming): string {
  if (renaming.size === 0) return text;
  return text.replace(WORD, (w) => {
    const hit = renaming.get(w);
    if (hit !== undefined) return hit;
    // Plural acronyms: "LLMs".
    if (w.length > 2 && w.endsWith('s')) {
      const stem = renaming.get(w.slice(0, -1));
      if (stem !== undefined) return `${stem}s`;
    }
    return w;
  });
}

function renameInUrl(url: string, lowered: [string, string][]): string {
  let out = url;
  for (const [from, to] of lowered) if (out.toLowerCase().includes(from)) out = out.replace(new RegExp(from, 'gi'), to);
  return out;
}

export function renameHtml(html: string, renaming: Renaming): string {
  if (renaming.size === 0) return html;
  // Only names long enough not to hit unrelated URL parts.
  const lowered: [string, string][] = [...renaming]
    .filter(([from]) => from.length >= 4)
    .map(([from, to]) => [from.toLowerCase(), to.toLowerCase()]);
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (!part.startsWith('<')) return renameWords(part, renaming);
      return part.replace(/\bhref="([^"]*)"/i, (_m, url: string) => `href="${renameInUrl(url, lowered)}"`);
    })
    .join('');
}
