// Every signal, in one list; extraction runs them all and reconciles what they find.
import type { DocContext } from '../document.js';
import type { Candidate } from './candidate.js';
import { acronymSignal } from './acronyms.js';
import { boldLeadSignal } from './bold-lead.js';
import { caseNameSignal } from './case-names.js';
import { cellSignal } from './cells.js';
import { definitionSignal } from './definitions.js';
import { headingSignal } from './headings.js';
import { linkSignal } from './links.js';
import { lowercaseNameSignal } from './lowercase-names.js';
import { paperTitleSignal } from './paper-titles.js';
import { propnRunSignal } from './propn-runs.js';

export type SignalFn = (ctx: DocContext) => Candidate[];

export const SIGNALS: readonly SignalFn[] = [
  linkSignal,
  boldLeadSignal,
  definitionSignal,
  cellSignal,
  headingSignal,
  paperTitleSignal,
  caseNameSignal,
  acronymSignal,
  propnRunSignal,
  lowercaseNameSignal,
];
