/** Words of time: days, months, and the words that make a time phrase ("on Monday", "a few days later"). */
import {union, words} from './list.js';

/** Days and months: capitalised, never names. */
export const dayOrMonth = words(`monday tuesday wednesday thursday friday saturday sunday january february march april
june july august september october november december`);

/** Nouns a time phrase ends in: "on Tuesday", "last week", "on Thursday evening". */
export const timeNouns = words('monday tuesday wednesday thursday friday saturday sunday week month year night morning afternoon evening weekend day summer fall autumn winter spring');

/** Words that end a time phrase: "a few days later", "two weeks ago", "on Monday". */
export const timeWords = union([timeNouns], 'later earlier ago afterward afterwards before days weeks months years');

/** Words that open a time phrase before its nouns: "on Tuesday", "late Monday". */
export const timeOpeners = words('on last this late early earlier later over');
