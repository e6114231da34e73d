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
