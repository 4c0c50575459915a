// pym.js ships no types; src/lib/engine/embed/pym.ts types the parts we use.
declare module 'pym.js';
