// Turns fast-xml-parser's validator errors into one line a person can act on. The commonest
// malformed feed is a cut-off one (a truncated download, `head -c`), for which the validator reports
// the wrong place (line 1:1) and a JSON dump of the open elements; this says where the file ends.

/** The validator's error, as `XMLValidator.validate` returns it. */
export interface ValidatorError {
  msg: string;
  line?: number;
  col?: number;
}

/** What a person reads: the message, and the 1-based place when there is one to point at. */
export interface ExplainedError {
  message: string;
  line?: number;
  col?: number;
}

/** The elements still open where the text stops, and the construct it stops inside, if any. */
interface EndState {
  open: string[];
  /** e.g. `a CDATA section`, `the start tag of <item>`. */
  inside?: string;
  /** Offset where that unfinished construct starts. */
  from: number;
}

const NAME_END = /[\s/>]/;

/** Reads a tag name at `i` (just after `<` or `</`). */
function nameAt(text: string, i: number): string {
  let j = i;
  while (j < text.length && !NAME_END.test(text[j])) j++;
  return text.slice(i, j);
}

/**
 * Offset of the `>` ending the tag that starts at `i`, quotes respected; with `subset`, a `<!...>`
 * declaration whose internal DTD subset (in `[...]`) may hold `>`. -1 when the text ends first.
 */
function tagEnd(text: string, i: number, subset = false): number {
  let depth = 0;
  let quote = '';
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (subset && c === '[') depth++;
    else if (subset && c === ']') depth = Math.max(0, depth - 1);
    else if (c === '>' && depth === 0) return j;
  }
  return -1;
}

const MARKUP = /[<&]/g;
const ENTITY = /&(?:#x[0-9A-Fa-f]*|#\d*|[A-Za-z_][\w.-]*)?/y;

/**
 * Walks the markup to its end. Undefined when the elements do not nest (an error before the end,
 * which the validator's own message describes better).
 */
function endState(text: string): EndState | undefined {
  const open: string[] = [];
  const stop = (inside: string, from: number): EndState => ({ open, inside, from });
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(text);
      // A reference cut off by the end of the file; a bare `&` in text is repaired elsewhere.
      if (m && i + m[0].length === text.length && m[0].length > 1) return stop('an entity reference', i);
      i++;
      continue;
    }
    if (c !== '<') {
      MARKUP.lastIndex = i;
      if (!MARKUP.exec(text)) break;
      i = MARKUP.lastIndex - 1;
      continue;
    }
    const rest = text.slice(i, i + 9);
    if (rest.startsWith('<!--') || (rest.length < 4 && rest.startsWith('<!-'))) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return stop('a comment', i);
      i = end + 3;
    } else if (rest.startsWith('<![CDATA[') || (rest.length < 9 && rest.startsWith('<![') && '<![CDATA['.startsWith(rest))) {
      const end = text.indexOf(']]>', i + 9);
      if (end < 0) return stop('a CDATA section', i);
      i = end + 3;
    } else if (rest.startsWith('<!')) {
      const end = tagEnd(text, i + 2, true);
      if (end < 0) return stop(/^<!DOCTYPE/i.test(rest) ? 'the DOCTYPE declaration' : 'a markup declaration', i);
      i = end + 1;
    } else if (rest.startsWith('<?')) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) return stop('a processing instruction', i);
      i = end + 2;
    } else if (rest.startsWith('</')) {
      const name = nameAt(text, i + 2);
      const end = text.indexOf('>', i + 2);
      if (end < 0) {
        const top = open[open.length - 1];
        if (top !== undefined && name !== '' && top.startsWith(name)) {
          open.pop();
          return stop(`the end tag </${top}>`, i);
        }
        return stop(name ? `the end tag </${name}` : 'an end tag', i);
      }
      if (open[open.length - 1] !== name) return undefined;
      open.pop();
      i = end + 1;
    } else {
      const name = nameAt(text, i + 1);
      const end = tagEnd(text, i + 1);
      if (end < 0) return stop(name ? `the start tag of <${name}>` : 'a tag', i);
      if (text[end - 1] !== '/') open.push(name);
      i = end + 1;
    }
  }
  return { open, from: text.length };
}

/** File offset of a 1-based line and column. */
function offsetOf(text: string, line: number, col: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return text.length;
    at = nl + 1;
  }
  return at + col - 1;
}

/** `<rss><channel><item>`, the middle left out when it is deep. */
function chain(names: string[]): string {
  const tags = names.map((n) => `<${n}>`);
  return tags.length > 6 ? `${tags.slice(0, 2).join('')}…${tags.slice(-3).join('')}` : tags.join('');
}

/** "the file ends inside a CDATA section, before <description> (in <rss><channel><item>) is closed" */
function endMessage(st: EndState): string {
  const inside = st.inside ? `inside ${st.inside}` : '';
  if (st.open.length === 0) return `the file ends ${inside}`;
  const last = st.open[st.open.length - 1];
  const outer = st.open.slice(0, -1);
  return `the file ends ${inside ? `${inside}, ` : ''}before <${last}>${outer.length > 0 ? ` (in ${chain(outer)})` : ''} is closed`;
}

/** The validator's list of open elements, `Invalid '[ "rss", "channel" ]' found.`, which it reports at 1:1. */
const OPEN_LIST = /^Invalid '(\[[\s\S]*\])' found\.?$/;
/** Errors the validator raises only once it has read the whole text with elements still open. */
const AT_END = /^Unclosed tag '/;

/** One readable line for a validator error on `text` (the text the validator read). */
export function explainXmlError(text: string, err: ValidatorError): ExplainedError {
  const openList = OPEN_LIST.exec(err.msg);
  const st = endState(text);
  if (st && (st.open.length > 0 || st.inside)) {
    const atEnd = !!openList || AT_END.test(err.msg);
    const inCutConstruct = st.inside !== undefined && err.line !== undefined && offsetOf(text, err.line, err.col ?? 1) >= st.from;
    if (atEnd || inCutConstruct) return { message: endMessage(st) };
  }
  if (openList) {
    let names: string[] = [];
    try {
      names = (JSON.parse(openList[1]) as unknown[]).map(String);
    } catch {
      names = [];
    }
    return { message: names.length > 0 ? `elements not closed at the end of the file: ${chain(names)}` : 'elements not closed at the end of the file' };
  }
  return { message: err.msg, line: err.line, col: err.col };
}
