import type {Speaker} from './model.js';

/** A speaker by any of its names, case-insensitively: "patrushev" finds Nikolai Patrushev. */
export function findSpeaker(speakers: Speaker[], query: string): Speaker | undefined {
	const wanted = query.trim().toLowerCase();
	if (!wanted) return undefined;
	return (
		speakers.find((speaker) => speaker.id === wanted || [speaker.name, ...speaker.aliases].some((name) => name.toLowerCase() === wanted)) ??
		speakers.find((speaker) => speaker.name.toLowerCase().split(/\s+/).includes(wanted))
	);
}
