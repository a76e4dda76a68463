/** Abbreviations that take a period: what decides whether a period ends a sentence. */
import {words} from './list.js';

/** Abbreviations whose period never ends a sentence when followed by a name or number. */
export const titleAbbreviations = words(`mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm maj rev hon pres supt atty st mt
ft messrs no nos vs v sens reps govs lt-gov`);

/** Abbreviations that may also end a sentence ("... in the U.S. The ..."). */
export const otherAbbreviations = words(`jan feb mar apr jun jul aug sep sept oct nov dec jr sr inc co corp ltd llc etc dept univ
approx est ave blvd fig al calif fla mass penn wash ariz colo conn del ga ill ind kan ky la md mich minn miss mo mont neb nev
okla ore pa tenn tex va vt wis wyo ala ark`);
