/** The side panel's script: speaks the browser's language and shows what the page's address asks for. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '../../components/shared/i18n';
import { PanelApp } from '../../components/sidepanel/PanelApp';
import '../../components/shared/page.css';
import '../../components/sidepanel/sidepanel.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('panelTitle');
const root = document.getElementById('app');
if (root) render(<PanelApp search={location.search} />, root);
