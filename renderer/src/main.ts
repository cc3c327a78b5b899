/** Composition root of the renderer: builds the app, its stores, router and i18n. */
import { createApp } from 'vue';
import { z } from 'zod';
import { createPinia } from 'pinia';
import App from './App.vue';
import { makeI18n } from './i18n';
import { makeRouter } from './router';
import './styles.css';

// zod's one-time eval() probe would trip the desktop Content-Security-Policy (no unsafe-eval)
z.config({ jitless: true });

const app = createApp(App);
app.use(createPinia());
app.use(makeRouter());
app.use(makeI18n());
app.mount('#app');
