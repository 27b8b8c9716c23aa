import { defineBackground } from 'wxt/utils/define-background';

// The service worker wires core/ to the browser. Its listeners (alarms, messages, install and
// startup) are registered synchronously here; the SLA logic itself lives in core/engine.
export default defineBackground(() => {});
