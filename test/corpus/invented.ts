import {analyse} from '../../source/analyse.js';

/** Three invented stories sharing one speaker, named "Ilse Varga" in two and "Varga" alone in the second. */
export const harbourText = [
	'Harbour talks open in Northport',
	'',
	'May 3, 2026',
	'',
	'NORTHPORT -- Officials from three towns met on Monday to discuss the harbour.',
	'',
	'"We will not close the harbour this year," said Ilse Varga, the port director.',
	'',
	'Varga added that the fishing fleet would keep its berths.',
	'',
	'"The money is already there," said Marco Bellini, a council member.',
].join('\n');

export const bridgeText = [
	'Bridge repairs delayed again',
	'',
	'May 5, 2026',
	'',
	'SOUTHVALE -- The repairs to the old bridge will take another month.',
	'',
	'"The steel arrived late," Varga said on Wednesday.',
	'',
	'"Drivers should use the ferry until June," said Tomas Reed, the county engineer.',
	'',
	'Reed said the bridge would reopen in the summer.',
].join('\n');

export const marketText = [
	'Market square to get new lights',
	'',
	'May 7, 2026',
	'',
	'EASTBY -- The town will replace the lamps in the market square.',
	'',
	'"People asked for brighter streets," said Ilse Varga, who also chairs the lighting board.',
	'',
	'"It costs less than we feared," said Anna Holm, the treasurer.',
].join('\n');

export const harbour = analyse(harbourText);
export const bridge = analyse(bridgeText);
export const market = analyse(marketText);
