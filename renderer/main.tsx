import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/base.css';
import './styles/layout.css';
import './styles/library.css';
import './styles/editor.css';
import './styles/history.css';
import './styles/signoff.css';
import './styles/transfer.css';
import './styles/team.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
