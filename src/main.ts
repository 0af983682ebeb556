import { mount } from 'svelte';
import App from './App.svelte';
import { registerUiFonts } from './lib/ui/fonts';
import { loadCatalogue } from './lib/i18n/translate';
import { startLanguage } from './lib/state/url';
import './app.css';

registerUiFonts();
const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
// The catalogue of the language the page starts in (English is built in, the others are chunks
// of their own), loaded before the first frame so that no text shows in English first. When it
// cannot be loaded the page starts in English.
// (Not a top-level await: the bundler would then split the entry into many chunks, as the
// chunks loaded later could not import from it.)
void loadCatalogue(startLanguage(location.href, navigator.language))
  .catch(() => undefined)
  .then(() => mount(App, { target }));
