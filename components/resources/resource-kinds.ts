/**
 * The account's resource lists as the navigation has them: where each lives, its heading, and
 * how its pages name it when a load fails or a page links back.
 */
export const RESOURCE_LISTS = {
  connections: {
    href: "/connections",
    title: "Connections",
    plural: "Connections",
    backLabel: "All connections",
  },
  "auto-scaling": {
    href: "/auto-scaling",
    title: "Auto scaling configurations",
    plural: "Auto scaling configurations",
    backLabel: "All auto scaling configurations",
  },
  vpc: { href: "/vpc", title: "VPC", plural: "VPC resources", backLabel: "All VPC resources" },
  observability: {
    href: "/observability",
    title: "Observability configurations",
    plural: "Observability configurations",
    backLabel: "All observability configurations",
  },
} as const;

export type ResourceListKey = keyof typeof RESOURCE_LISTS;

/**
 * The resources that have a page per name: the list they belong to, where their pages live, and
 * the words for them (`noun` in sentences, `title` before a name in the browser's title bar,
 * `short` in "Type the connector's name").
 */
export const RESOURCE_KINDS = {
  connection: {
    list: "connections",
    path: "/connections",
    noun: "connection",
    title: "Connection",
    short: "connection",
  },
  "auto-scaling": {
    list: "auto-scaling",
    path: "/auto-scaling",
    noun: "auto scaling configuration",
    title: "Auto scaling",
    short: "configuration",
  },
  "vpc-connector": {
    list: "vpc",
    path: "/vpc/connectors",
    noun: "VPC connector",
    title: "VPC connector",
    short: "connector",
  },
  "vpc-ingress": {
    list: "vpc",
    path: "/vpc/ingress",
    noun: "VPC ingress connection",
    title: "VPC ingress",
    short: "connection",
  },
  observability: {
    list: "observability",
    path: "/observability",
    noun: "observability configuration",
    title: "Observability",
    short: "configuration",
  },
} as const satisfies Record<string, { list: ResourceListKey } & Record<string, string>>;

export type ResourceKind = keyof typeof RESOURCE_KINDS;

/** A resource's page, e.g. `/vpc/connectors/my-connector`. */
export function resourceHref(kind: ResourceKind, name: string): string {
  return `${RESOURCE_KINDS[kind].path}/${encodeURIComponent(name)}`;
}

/** The list a kind of resource belongs to. */
export function listOf(kind: ResourceKind) {
  return RESOURCE_LISTS[RESOURCE_KINDS[kind].list];
}
