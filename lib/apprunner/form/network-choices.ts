export const DUAL_STACK_PRIVATE_REASON =
  "Dual-stack needs a public endpoint; a private endpoint is reached over IPv4 only.";
