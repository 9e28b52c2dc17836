// Every check, in report order. Add a check here and nowhere else.
import type { Check } from './types.js';
import { brokenLink } from './checks/broken-link.js';
import { orphan } from './checks/orphan.js';
import { duplicate } from './checks/duplicate.js';
import { aliasCollision } from './checks/alias-collision.js';
import { contradiction } from './checks/contradiction.js';
import { stale } from './checks/stale.js';
import { schema } from './checks/schema.js';
import { indexCheck } from './checks/index-page.js';
import { thin } from './checks/thin.js';
import { missingPage } from './checks/missing-page.js';

export const CHECKS: readonly Check[] = [schema, brokenLink, indexCheck, orphan, duplicate, aliasCollision, contradiction, stale, thin, missingPage];
