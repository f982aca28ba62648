// A Vue 3 app: the tags are custom elements to Vue's compiler (vite.config: isCustomElement), and
// `civic-story/vue` types them in templates.
import { createApp } from 'vue';
import 'civic-story';
import 'civic-story/vue';
import App from './App.vue';

createApp(App).mount('#app');
