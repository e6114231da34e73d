/** The wizard's steps, in order. Each step has its own URL under /services/new. */
export const STEPS = [
  { id: "source", section: "source", title: "Source", path: "/services/new/source" },
  { id: "build", section: "build", title: "Build and run", path: "/services/new/build" },
  { id: "instance", section: "instance", title: "Instance", path: "/services/new/instance" },
  { id: "network", section: "network", title: "Network", path: "/services/new/network" },
  {
    id: "health-check",
    section: "healthCheck",
    title: "Health check",
    path: "/services/new/health-check",
  },
  { id: "service", section: "service", title: "Service", path: "/services/new/service" },
  { id: "review", section: undefined, title: "Review", path: "/services/new/review" },
] as const;

export type Step = (typeof STEPS)[number];

/** Where the create wizard's steps live; `path` above is a step's address in it. */
export const CREATE_BASE_PATH = "/services/new";

/** Where the steps of an edit to one service live: `/services/<name>/<id>/edit/<step>`. */
export function editBasePath(serviceName: string, serviceId: string): string {
  return `/services/${encodeURIComponent(serviceName)}/${encodeURIComponent(serviceId)}/edit`;
}

/** A step's address under a wizard's base path (create or edit). */
export function stepPath(basePath: string, id: StepId): string {
  return `${basePath}/${id}`;
}

/** The step an address shows, under a wizard's base path. */
export function stepAt(basePath: string, pathname: string): Step | undefined {
  return STEPS.find((s) => stepPath(basePath, s.id) === pathname);
}
export type StepId = Step["id"];
export type SectionKey = NonNullable<Step["section"]>;

export function stepById(id: StepId): Step {
  return STEPS.find((s) => s.id === id)!;
}

export function stepIndex(id: StepId): number {
  return STEPS.findIndex((s) => s.id === id);
}

/** The step a form field (`source.imageIdentifier`, `build.env.2.name`) is on. */
export function stepForField(path: string): Step | undefined {
  const section = path.split(".")[0];
  return STEPS.find((s) => s.section === section);
}
