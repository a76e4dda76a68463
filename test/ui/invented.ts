import {analyse} from '../../source/analyse.js';

/**
 * An invented article with thirteen speakers (one with accents, Ångström), for the keys that need
 * more than nine: `1` `2`, the finder, speaker order, colours.
 */
const people = [
	['Maria Ortega', 'the mayor'],
	['Tomas Berg', 'a council member'],
	['Lena Ångström', 'the city engineer'],
	['Omar Haddad', 'a bus driver'],
	['Grace Okafor', 'a shop owner'],
	['Pieter de Vries', 'the transport director'],
	['Aiko Tanaka', 'a student'],
	['Samuel Reyes', 'a cyclist'],
	['Nadia Petrova', 'a nurse'],
	['Jonas Lindqvist', 'the harbour master'],
	['Chloe Martin', 'a teacher'],
	['Ravi Kumar', 'an economist'],
	['Elif Demir', 'a architect'],
] as const;

export const inventedText = [
	'Riverside votes on a new tram line',
	'',
	'March 4, 2026',
	'',
	'RIVERSIDE -- The council met on Tuesday to decide on the tram line that would cross the old harbour.',
	'',
	...people.flatMap(([name, role], i) => [`"The tram line matters for stop number ${i + 1}," said ${name}, ${role}.`, '']),
	'The vote is expected next month.',
].join('\n');

export const invented = analyse(inventedText);
export const inventedPeople = people.map(([name]) => name);
