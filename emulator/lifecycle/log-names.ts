/** CloudWatch Logs names App Runner uses for a service (FACTS.md "Logs"). */
export function serviceLogGroup(name: string, id: string): string {
  return `/aws/apprunner/${name}/${id}/service`;
}

export function applicationLogGroup(name: string, id: string): string {
  return `/aws/apprunner/${name}/${id}/application`;
}

export const EVENTS_STREAM = "events";

export function deploymentStream(operationId: string): string {
  return `deployment/${operationId}`;
}
