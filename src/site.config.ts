// The site's own settings (not any story's): which story keeps the root URLs (`/`, `/#<id>`,
// `/step/<id>/`, `/embed/…`). Every other story folder is served under `/<slug>/`.
export const HOME_STORY = 'belt';
