// Lists in running text: "A", "A and B", "A, B and C". Pure.

/** Joins items as running text does, with `and` (or another word) before the last. */
export function listText(items: readonly string[], and = 'and'): string {
	if (items.length <= 1) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
