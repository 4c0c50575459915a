// Reduced motion as reactive state: follows prefers-reduced-motion, safe on the server (false there:
// the server renders final states, so nothing animates anyway), and removes its listener on dispose.

export class ReducedMotion {
	current = $state(false);
	#query: MediaQueryList | null = null;
	#listener = (e: MediaQueryListEvent) => (this.current = e.matches);

	constructor() {
		if (typeof window === 'undefined' || !window.matchMedia) return;
		this.#query = window.matchMedia('(prefers-reduced-motion: reduce)');
		this.current = this.#query.matches;
		this.#query.addEventListener('change', this.#listener);
	}

	dispose() {
		this.#query?.removeEventListener('change', this.#listener);
	}
}
