// What extraction keeps per post.

/** One sentence of a post, as the extractor split it. */
export interface Sentence {
  text: string;
  /** The heading the sentence sits under ('' before the first heading). */
  section: string;
  /** True when the sentence carries money, a percentage, a count or a date (a fact candidate). */
  quantified: boolean;
  /** A table's data cell followed by the rest of its row (see table-rows.ts): a record, not prose. */
  tableRow?: true;
  /** Of a table row, a cell of a later column (not the row's label): the row's facts are not its names'. */
  rowValue?: true;
  /** The last sentence of its paragraph, list item, heading or cell: the next one says something else. */
  ends?: true;
}

/** What extraction keeps per post; JSON-serialisable so it can be cached by the post's content hash. */
export interface DocExtraction {
  docId: string;
  hash: string;
  sentences: Sentence[];
  mentions: import('../../types.js').Mention[];
  /** Absolute URLs the post links to (used to link posts that link each other). */
  links: string[];
  /** Lower-case words of the post's running text with counts: tells common words from names across the corpus. */
  vocabulary: Array<[word: string, count: number]>;
  /**
   * Every word of the post's markdown where the text linker tries names, each once, space-separated
   * (linker-words.ts): which of an entity's names could be linked in the post, known without reading it again.
   */
  words: string;
  /** Per sentence, a fingerprint of its shape ('' when too short), for telling the blog's boilerplate. */
  shapes?: string[];
  /** The post does not read as English (language.ts): no names were read from it. */
  notEnglish?: true;
}
