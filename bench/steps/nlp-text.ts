// The text of a post as compile gives it to wink-nlp: the plain text of its markdown segments.
// Falls back to the markdown body when the compile's parser is not there to use.

export interface TextPreparer {
  source: string;
  prepare: (body: string) => string;
}

export async function loadTextPreparer(): Promise<TextPreparer> {
  try {
    const { parseMarkdown } = await import('../../src/compile/extract/markdown.js');
    return { source: 'compile markdown segments', prepare: (body) => parseMarkdown(body).map((s) => s.text).join('\n\n') };
  } catch {
    return { source: 'markdown body', prepare: (body) => body };
  }
}
