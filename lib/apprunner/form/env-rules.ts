export { isReservedEnvName } from "@/lib/apprunner/constants";
export { isSecretReference } from "@/lib/apprunner/rules/secret-reference";
