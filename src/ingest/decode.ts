// Turns the bytes of a feed into text: BOM first, then the encoding declared in the XML prolog,
// then the HTTP charset, else UTF-8 (with a windows-1252 fallback for undeclared legacy bytes).

export interface Decoded {
  text: string;
  encoding: string;
}

function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let out = '';
  for (let i = 0; i + 3 < bytes.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    out += cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
  }
  return out;
}

/** The encoding a BOM or the first bytes of `<?xml` reveal, and how many bytes the BOM takes. */
function sniff(b: Uint8Array): { encoding: string; skip: number; sure: boolean } | undefined {
  const at = (i: number) => (i < b.length ? b[i] : -1);
  if (at(0) === 0x00 && at(1) === 0x00 && at(2) === 0xfe && at(3) === 0xff) return { encoding: 'utf-32be', skip: 4, sure: true };
  if (at(0) === 0xff && at(1) === 0xfe && at(2) === 0x00 && at(3) === 0x00) return { encoding: 'utf-32le', skip: 4, sure: true };
  if (at(0) === 0xef && at(1) === 0xbb && at(2) === 0xbf) return { encoding: 'utf-8', skip: 3, sure: true };
  if (at(0) === 0xfe && at(1) === 0xff) return { encoding: 'utf-16be', skip: 2, sure: true };
  if (at(0) === 0xff && at(1) === 0xfe) return { encoding: 'utf-16le', skip: 2, sure: true };
  if (at(0) === 0x00 && at(1) === 0x00 && at(2) === 0x00 && at(3) === 0x3c) return { encoding: 'utf-32be', skip: 0, sure: false };
  if (at(0) === 0x3c && at(1) === 0x00 && at(2) === 0x00 && at(3) === 0x00) return { encoding: 'utf-32le', skip: 0, sure: false };
  if (at(0) === 0x00 && at(1) === 0x3c && at(2) === 0x00) return { encoding: 'utf-16be', skip: 0, sure: false };
  if (at(0) === 0x3c && at(1) === 0x00 && at(2) !== 0x00) return { encoding: 'utf-16le', skip: 0, sure: false };
  return undefined;
}

function decodeWith(encoding: string, bytes: Uint8Array, fatal = false): string {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(bytes, encoding === 'utf-32le');
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
}

/** Normalises a label to one TextDecoder accepts, or undefined when neither it nor we know it. */
export function encodingLabel(label: string): string | undefined {
  const l = label.trim().toLowerCase();
  if (/^(ucs-4|utf-?32)(le)?$/.test(l)) return 'utf-32le';
  if (/^(ucs-4be|utf-?32be)$/.test(l)) return 'utf-32be';
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return undefined;
  }
}

function declared(head: string): string | undefined {
  const m = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return m ? m[1] : undefined;
}

/**
 * Decodes feed bytes. `httpCharset` comes from a Content-Type header when the feed was fetched.
 * Throws a plain Error naming an encoding that is declared but unknown.
 */
export function decodeFeed(bytes: Uint8Array, httpCharset?: string): Decoded {
  const s = sniff(bytes);
  if (s?.sure) return { text: decodeWith(s.encoding, bytes.subarray(s.skip)), encoding: s.encoding };
  // Read the prolog in the sniffed width (or as ASCII) to find the declared encoding.
  const probe = s ? decodeWith(s.encoding, bytes.subarray(0, 512)) : new TextDecoder('latin1').decode(bytes.subarray(0, 512));
  const label = declared(probe);
  let enc: string | undefined;
  if (s) {
    // Bytes say 16/32-bit; a declaration of an 8-bit encoding would contradict them, so trust the bytes.
    enc = s.encoding;
  } else if (label) {
    enc = encodingLabel(label);
    if (!enc) throw new Error(`unsupported encoding "${label}" declared in the XML prolog`);
    // A 16-bit declaration on ASCII-compatible bytes cannot be right.
    if (enc.startsWith('utf-16') || enc.startsWith('utf-32')) enc = 'utf-8';
  } else if (httpCharset) {
    enc = encodingLabel(httpCharset);
  }
  if (!enc || enc === 'utf-8') {
    try {
      return { text: decodeWith('utf-8', bytes, true), encoding: 'utf-8' };
    } catch {
      // Undeclared legacy bytes are most often windows-1252 (a superset of latin1 for text).
      return { text: decodeWith('windows-1252', bytes), encoding: 'windows-1252' };
    }
  }
  return { text: decodeWith(enc, bytes), encoding: enc };
}
