import { mount } from 'svelte';
import App from './App.svelte';
import { registerUiFonts } from './lib/ui/fonts';
import './app.css';

registerUiFonts();
const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
export default mount(App, { target });
