// Stylesheets a story imports for their effect (Vite adds them to the page).
declare module '*.css';
