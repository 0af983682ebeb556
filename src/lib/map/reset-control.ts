/**
 * A map control with one button that brings the whole dataset back into view (TimeMap's users
 * asked for a reset for years). Its accessible name follows the interface language.
 */
import type { IControl } from 'maplibre-gl';

export class ResetControl implements IControl {
  private container: HTMLDivElement | null = null;
  private button: HTMLButtonElement | null = null;
  private label: string;
  private readonly onreset: () => void;

  constructor(label: string, onreset: () => void) {
    this.label = label;
    this.onreset = onreset;
  }

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'casemap-reset';
    // A house: "back to the start", as in most map tools.
    button.innerHTML =
      '<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">' +
      '<path d="M3.5 9.5 10 4l6.5 5.5M5.5 8v7.5h3.2v-4.3h2.6v4.3h3.2V8" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/></svg>';
    button.addEventListener('click', this.onreset);
    container.append(button);
    this.container = container;
    this.button = button;
    this.setLabel(this.label);
    return container;
  }

  onRemove(): void {
    this.button?.removeEventListener('click', this.onreset);
    this.container?.remove();
    this.container = this.button = null;
  }

  setLabel(label: string): void {
    this.label = label;
    if (!this.button) return;
    this.button.setAttribute('aria-label', label);
    this.button.title = label;
  }
}
