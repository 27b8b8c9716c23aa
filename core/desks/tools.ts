/** The help desk tools a self-hosted desk can run, with the locale message that names each. */
export const DESK_TOOLS = [{ id: 'rt', message: 'optionsToolRt' }] as const;

export type DeskToolId = (typeof DESK_TOOLS)[number]['id'];
