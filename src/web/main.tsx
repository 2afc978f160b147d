// First: schemas built by later imports must see zod's jitless setting (the CSP has no 'unsafe-eval').
import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/sarabun/thai-400.css';
import '@fontsource/sarabun/latin-400.css';
import '@fontsource/sarabun/thai-700.css';
import '@fontsource/sarabun/latin-700.css';
import './shared/styles/base.css';
import './shared/styles/controls.css';
import './shared/styles/notices.css';
import './shared/styles/tables.css';
import './shared/styles/print.css';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
