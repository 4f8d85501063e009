// Installs the write queue's reactions, mounts the app, registers the service worker and starts
// the write queue; nothing else.
// The base styles first, so each component's own rules come after them.
import './styles/global.css';
import { render } from 'preact';
import { App } from './app/App';
import { installReactions } from './actions/reactions';
import { registerServiceWorker } from './app/serviceWorker';
import { startWriteQueue } from './sync/triggers';

installReactions();
render(<App />, document.getElementById('app')!);
registerServiceWorker();
startWriteQueue();
