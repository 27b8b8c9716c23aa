/** The SLA metrics Plazo times, in the order views list them. A module of its own: pages import it without the policy schemas. */
export const METRICS = ['firstResponse', 'nextResponse', 'periodicUpdate', 'resolution'] as const;
export type Metric = (typeof METRICS)[number];
