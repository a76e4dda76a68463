/**
 * Every word list of the attribution rules, in one place: general English, nothing that names a person, a
 * publisher or a document. Each list is written with each word once (test/attribution/lexicon.test.ts).
 */
export * from './abbreviations.js';
export * from './function-words.js';
export * from './gender.js';
export * from './people.js';
export * from './time.js';
export * from './verbs.js';
