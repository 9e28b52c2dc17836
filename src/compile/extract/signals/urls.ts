// What a link's target says about the thing its anchor names.
import type { EntityType } from '../../../types.js';

const PAPER_HOSTS = [
  'arxiv.org', 'openreview.net', 'aclanthology.org', 'papers.nips.cc', 'proceedings.neurips.cc', 'proceedings.mlr.press',
  'doi.org', 'dl.acm.org', 'ieeexplore.ieee.org', 'semanticscholar.org', 'biorxiv.org', 'medrxiv.org', 'ssrn.com',
  'papers.ssrn.com', 'pmc.ncbi.nlm.nih.gov', 'pubmed.ncbi.nlm.nih.gov', 'nature.com', 'science.org', 'jmlr.org',
  'aaai.org', 'ojs.aaai.org', 'ijcai.org', 'researchgate.net',
];

const CODE_HOSTS = ['github.com', 'gitlab.com', 'codeberg.org', 'bitbucket.org'];

export interface LinkTarget {
  host: string;
  /** A stable URL for the thing (homepage, repository, paper abstract) or undefined for an article about it. */
  url?: string;
  /** True for a site's home page: the domain is the thing's identity. */
  homepage: boolean;
  typeHint?: EntityType;
  /** The registrable label of the host (`vapi` for `docs.vapi.ai`), for comparing with the anchor. */
  label: string;
  /** What in the URL spells the thing's name: the repository name, the domain label, the profile handle. */
  ident: string;
  /** A profile page on a social site: the anchor is a person or an account. */
  profile?: boolean;
  /** An encyclopedia article: the anchor is a topic more often than an entity. */
  encyclopedia?: boolean;
}

const SOCIAL_HOSTS = ['twitter.com', 'x.com', 'linkedin.com', 'mastodon.social', 'bsky.app', 'threads.net', 'facebook.com', 'instagram.com'];

/** Letters and digits only, lower case: how a name and a URL part are compared. */
export function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function registrableLabel(host: string): string {
  const parts = host.split('.');
  if (parts.length >= 3 && /^(co|com|org|ac|gov|net)$/.test(parts[parts.length - 2]) && parts[parts.length - 1].length === 2) {
    return parts[parts.length - 3];
  }
  return parts.length >= 2 ? parts[parts.length - 2] : parts[0];
}

/** arXiv id from an arxiv.org URL or text (`2509.18970`, with version stripped). */
export function arxivId(s: string): string | undefined {
  const m = /(\d{4}\.\d{4,5})(v\d+)?/.exec(s);
  return m ? m[1] : undefined;
}

export function describeLink(href: string): LinkTarget | undefined {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(u.protocol)) return undefined;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const segs = u.pathname.split('/').filter(Boolean);
  const label = registrableLabel(host);
  const ident = squash(label);
  if (host === 'arxiv.org') {
    const id = arxivId(u.pathname);
    return { host, label, ident: id ?? '', homepage: false, typeHint: 'paper', url: id ? `https://arxiv.org/abs/${id}` : undefined };
  }
  if (PAPER_HOSTS.some((h) => host === h || host.endsWith('.' + h))) {
    return { host, label, ident: '', homepage: false, typeHint: 'paper', url: `https://${host}${u.pathname.replace(/\/$/, '')}${u.search}` };
  }
  if (CODE_HOSTS.includes(host)) {
    if (segs.length >= 2) return { host, label, ident: squash(segs[1]), homepage: false, typeHint: 'product', url: `https://${host}/${segs[0]}/${segs[1]}` };
    return { host, label, ident: squash(segs[0] ?? ''), homepage: false, profile: segs.length === 1 };
  }
  if (SOCIAL_HOSTS.some((h) => host === h || host.endsWith('.' + h))) {
    const handle = segs[0] === 'in' ? segs[1] : segs[0];
    return { host, label, ident: squash(handle ?? ''), homepage: false, profile: segs.length <= 2 && !!handle };
  }
  if (/(^|\.)wikipedia\.org$/.test(host)) {
    return { host, label, ident: squash(decodeURIComponent(segs[segs.length - 1] ?? '')), homepage: false, encyclopedia: true };
  }
  if (host === 'huggingface.co' && segs.length >= 2 && !['blog', 'docs', 'papers', 'spaces', 'datasets'].includes(segs[0])) {
    return { host, label, ident: squash(segs[1]), homepage: false, typeHint: 'model', url: `https://${host}/${segs[0]}/${segs[1]}` };
  }
  const homepage = segs.length === 0 || (segs.length === 1 && /^(home|index\.html?|en|en-us)$/i.test(segs[0]));
  if (homepage) {
    const tld = host.split('.').pop() ?? '';
    const typeHint: EntityType | undefined =
      /\.(edu|gov|int)$/.test(host) || /\.(ac|gov)\.[a-z]{2}$/.test(host) ? 'organization' : tld === 'org' ? undefined : undefined;
    return { host, label, ident, homepage: true, url: `https://${host}`, typeHint };
  }
  // A product or docs page (`/fin`, `/docs/guides/realtime`) identifies a thing; a dated or long article does not.
  const articleLike = segs.some((s) => /^\d{4}$/.test(s) || /^\d{1,2}$/.test(s)) || segs.some((s) => s.length > 40) ||
    /^(blog|news|press|posts?|article|articles|story|stories|p)$/i.test(segs[0] ?? '') || /[?&](p|id)=/.test(u.search);
  if (!articleLike && segs.length <= 3) {
    return { host, label, ident, homepage: false, url: `https://${host}/${segs.join('/')}` };
  }
  return { host, label, ident, homepage: false };
}
