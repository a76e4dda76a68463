// Order statistics for the benchmark's repeated runs.

export function quantile(values, q) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

export const median = (values) => quantile(values, 0.5);

/** Relative spread of the middle half of the runs: how noisy the machine was. */
export function spread(values) {
	return (quantile(values, 0.75) - quantile(values, 0.25)) / median(values);
}
