import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router';
import LibraryView from './views/LibraryView.vue';

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'library', component: LibraryView },
  { path: '/plan/:id', name: 'plan', component: () => import('./views/EditorView.vue'), props: true },
  { path: '/compare', name: 'compare', component: () => import('./views/CompareView.vue') },
  // the office server's accounts (admins; the page says so to anyone else, the server refuses them anyway)
  { path: '/accounts', name: 'accounts', component: () => import('./views/AccountsView.vue') },
  { path: '/:pathMatch(.*)*', redirect: '/' },
];

/** Hash history: works the same under app:// (Electron) and http://127.0.0.1 (browser mode). */
export function makeRouter() {
  return createRouter({ history: createWebHashHistory(), routes });
}
