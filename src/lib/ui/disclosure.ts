/**
 * Esc inside an open disclosure (a menu or folded panels) closes it and nothing else: the event
 * stops there, so the page's own Esc (close the open event, leave a presentation) does not run.
 * `close` puts the focus back on the disclosure's button.
 */
export function closeOnEscape(e: KeyboardEvent, open: boolean, close: () => void): void {
  if (e.key !== 'Escape' || !open) return;
  e.preventDefault();
  e.stopPropagation();
  close();
}
