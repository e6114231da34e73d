/**
 * App Runner's choices and defaults as data (browser-safe: the wizard offers these, the rules
 * check against them, the emulator fills them in). Sources: the model and FACTS.md.
 *
 * One module per kind of choice, gathered here. None has side effects, so a browser bundle that
 * imports a name from here carries only the module that defines it: a wizard step's first load
 * gets the health check defaults without every CPU/memory pair and runtime label.
 */
export * from "./constants/environment";
export * from "./constants/instance-sizes";
export * from "./constants/runtimes";
export * from "./constants/service-defaults";
