import { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';

/**
 * exceljs 4.4's XML reader decodes each zip chunk on its own, so a Chinese character split across two
 * chunks becomes "���" (seen on a 60,000-row file: one cell in a few thousand). This is the same
 * event reader with a streaming UTF-8 decoder; ./exceljs.ts puts it in place of the original.
 */
const { SaxesParser } = createRequire(require.resolve('exceljs'))(
  'saxes',
) as typeof import('saxes');

type Event = { eventType: 'opentag' | 'text' | 'closetag'; value: unknown };

async function* parseSax(iterable: AsyncIterable<Buffer | string>): AsyncGenerator<Event[]> {
  const parser = new SaxesParser();
  const decoder = new StringDecoder('utf8');
  let error: Error | undefined;
  let events: Event[] = [];
  parser.on('error', (err) => {
    error = err;
  });
  parser.on('opentag', (value) => events.push({ eventType: 'opentag', value }));
  parser.on('text', (value) => events.push({ eventType: 'text', value }));
  parser.on('closetag', (value) => events.push({ eventType: 'closetag', value }));
  for await (const chunk of iterable) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    if (error) throw error;
    yield events;
    events = [];
  }
  const rest = decoder.end();
  if (rest) parser.write(rest);
  if (error) throw error;
  if (events.length) yield events;
}

export = parseSax;
