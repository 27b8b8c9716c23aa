/**
 * Runs the sample desk alone: `npx tsx demo/sample-desk/main.ts` (PLAZO_DEMO_PORT picks the port).
 * Prints its pages and keeps serving until Ctrl+C.
 */
import { startSampleDesk } from './server';

const desk = await startSampleDesk({
  log: process.env.PLAZO_DEMO_LOG ? (line) => console.log(line) : undefined,
});
console.log(`Sample help desk (Request Tracker 5 pages) at ${desk.url}`);
for (const ticket of desk.tickets)
  console.log(`  #${ticket.id} ${ticket.subject}: ${desk.ticketUrl(ticket.id)}`);
console.log(`  search with SLA columns: ${desk.resultsUrl('sla')}`);
console.log(`  search, RT's default format: ${desk.resultsUrl('default')}`);
console.log('Ctrl+C stops it.');
const stop = () => void desk.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
