// pym.js (MIT), the newsroom protocol for auto-sized iframes, loaded on demand with types of our own:
// the embed is its Child (it reports its height), host pages and the help page's preview its Parent.

export interface PymChild {
	sendHeight(): void;
}
export interface PymParent {
	remove(): void;
}
interface PymLib {
	Child: new (options: { polling?: number }) => PymChild;
	Parent: new (id: string, url: string, options: { title?: string }) => PymParent;
}

/** pym.js, imported only in the browser (its module is CommonJS/UMD). */
export async function loadPym(): Promise<PymLib> {
	const mod = (await import('pym.js')) as { default?: PymLib } & Partial<PymLib>;
	return (mod.default ?? mod) as PymLib;
}
