/** Composition root of the renderer: picks the host, builds the app, its stores, router and i18n. */
import { createApp } from 'vue';
import { z } from 'zod';
import { createPinia } from 'pinia';
import App from './App.vue';
import { makeI18n } from './i18n';
import { makeRouter } from './router';
import { installHost } from './host';
import { onApiWarnings } from './api/client';
import { useToasts } from './stores/toasts';
import { createBrowserHost } from './host/browser';
import { createElectronHost } from './host/electron';
import './styles.css';

// zod's one-time eval() probe would trip the desktop Content-Security-Policy (no unsafe-eval)
z.config({ jitless: true });

// the desktop app when the preload is there, else browser mode over the HTTP bridge
installHost(createElectronHost() ?? createBrowserHost());

const app = createApp(App);
const pinia = createPinia();
app.use(pinia);
// a call whose write was made but a step after it failed: its warning stays on screen until closed
onApiWarnings((warnings) => {
  const toasts = useToasts(pinia);
  for (const w of warnings) toasts.warning(w.message);
});
app.use(makeRouter());
app.use(makeI18n());
app.mount('#app');
