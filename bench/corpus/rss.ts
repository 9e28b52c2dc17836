// Renders synthetic posts as an RSS 2.0 feed with full content in content:encoded, the shape
// most blog engines publish, so the benchmark measures ingest on the common path.

export interface FeedPost {
  guid: string;
  title: string;
  link: string;
  /** ISO 8601. */
  published: string;
  description: string;
  html: string;
  categories: string[];
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function cdata(s: string): string {
  return `<![CDATA[${s.split(']]>').join(']]]]><![CDATA[>')}]]>`;
}

export function renderRss(posts: FeedPost[], channel: { title: string; link: string; description: string }): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    '  <channel>',
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(channel.link)}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    '    <language>en</language>',
  ];
  for (const p of posts) {
    out.push(
      '    <item>',
      `      <title>${escapeXml(p.title)}</title>`,
      `      <link>${escapeXml(p.link)}</link>`,
      `      <guid isPermaLink="false">${escapeXml(p.guid)}</guid>`,
      `      <pubDate>${new Date(p.published).toUTCString()}</pubDate>`,
      ...p.categories.map((c) => `      <category>${escapeXml(c)}</category>`),
      `      <description>${escapeXml(p.description)}</description>`,
      `      <content:encoded>${cdata(p.html)}</content:encoded>`,
      '    </item>',
    );
  }
  out.push('  </channel>', '</rss>', '');
  return out.join('\n');
}
