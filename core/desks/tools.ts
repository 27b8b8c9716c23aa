/** The help desk tools a self-hosted desk can run, with the locale message that names each. */
export const DESK_TOOLS = [
  { id: 'rt', message: 'optionsToolRt' },
  // Any other tool, read with selectors the user gives (core/adapters/custom).
  { id: 'custom', message: 'optionsToolCustom' },
] as const;

export type DeskToolId = (typeof DESK_TOOLS)[number]['id'];
