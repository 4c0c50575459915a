// Reduced motion as reactive state: the reader's own choice (the page's "Reduce motion" toggle,
// remembered in localStorage) if they made one, else prefers-reduced-motion. Safe on the server
// (false there: the server renders final states, nothing animates). It reads the browser only in
// start() (call it on mount, so hydration sees what the server rendered) and removes its listener
// on dispose.

const KEY = 'story:reduce-motion';

export class ReducedMotion {
	/** What the system asks for. */
	system = $state(false);
	/** The reader's choice on this site, if any. */
	choice = $state<boolean | null>(null);
	/** Whether to reduce motion now. */
	current = $derived(this.choice ?? this.system);
	#query: MediaQueryList | null = null;
	#listener = (e: MediaQueryListEvent) => (this.system = e.matches);

	start() {
		if (typeof window === 'undefined') return;
		if (window.matchMedia) {
			this.#query = window.matchMedia('(prefers-reduced-motion: reduce)');
			this.system = this.#query.matches;
			this.#query.addEventListener('change', this.#listener);
		}
		try {
			const saved = localStorage.getItem(KEY);
			if (saved === '1' || saved === '0') this.choice = saved === '1';
		} catch {
			// storage can be off (privacy modes); the choice then lasts for the page only
		}
	}

	/** Sets the reader's choice and remembers it. */
	set(reduce: boolean) {
		this.choice = reduce;
		try {
			localStorage.setItem(KEY, reduce ? '1' : '0');
		} catch {
			// not remembered, still applied
		}
	}

	dispose() {
		this.#query?.removeEventListener('change', this.#listener);
	}
}
