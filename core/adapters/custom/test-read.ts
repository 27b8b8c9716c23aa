/**
 * The content script's answer to "Test on this page": the request checked (it may come from an
 * older options page), then the page read with the definition, every field a value or a reason.
 */
import { type AdapterTestReply, adapterTestRequestSchema } from '../../messaging/adapter-test';
import { CUSTOM_FIELDS } from './definition';
import { customReader } from './reader';

export function answerAdapterTest(request: unknown, document: Document, url: URL): AdapterTestReply {
  const parsed = adapterTestRequestSchema.safeParse(request);
  if (!parsed.success) return { ok: false, error: 'the definition is not valid' };
  const reading = customReader(parsed.data.definition).read(document, url);
  return {
    ok: true,
    url: url.href,
    fields: CUSTOM_FIELDS.map((field) => ({ field, ...reading[field] })),
  };
}
