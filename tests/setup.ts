import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installHostAccess } from './fakes/host-access';

// The fake browser leaves permissions and scripting unimplemented; the worker listens to both.
installHostAccess();

// The engine must never depend on the machine's zone. Chatham (UTC+12:45/+13:45) is far from
// every zone the tests name, so an accidental local-time read shows up as a failure.
process.env.TZ = 'Pacific/Chatham';

beforeEach(() => {
  fakeBrowser.reset();
});
