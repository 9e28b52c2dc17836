// The parts of wink-nlp's pipeline extraction reads: sentences, parts of speech and built-in entities. Its
// default also runs negation, sentiment and custom entities, which nothing here uses (about 8% of the
// pass). A module of its own, so the bench's floor runs the same pipeline without loading the extractor.
export const NLP_PIPE = ['sbd', 'pos', 'ner'];
