/**
 * How the wizard's pickers list resources: App Runner's largest page, and a cap (5,000 items)
 * well above its quotas, so a runaway listing can't hang the wizard.
 */
export const PICKER_LIST = { pageSize: 100, maxPages: 50 };
