import type { CreateServiceCommandInput } from "@aws-sdk/client-apprunner";

import { blankValues } from "@/lib/apprunner/form/defaults";
import { PRESETS } from "@/lib/apprunner/form/presets";
import { toCreateServiceInput } from "@/lib/apprunner/form/to-create-service-input";

/** The services the exports are tested on: the start page's examples and one with every section set. */
export function presetInputs(): [string, CreateServiceCommandInput][] {
  return PRESETS.map((p) => [p.id, toCreateServiceInput(p.values(blankValues()))]);
}

const ACCOUNT = "123456789012";

/** Private ECR image, secrets, instance role, own auto scaling, VPC egress, private endpoint, dual stack, HTTP check, tracing, KMS, tags. */
export function everySectionInput(): CreateServiceCommandInput {
  const v = blankValues();
  v.source = {
    ...v.source,
    type: "image",
    imageRepositoryType: "ECR",
    imageIdentifier: `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/shop:2.4.1`,
    accessRoleArn: `arn:aws:iam::${ACCOUNT}:role/shop-ecr-access`,
    autoDeployments: true,
  };
  v.build = {
    ...v.build,
    port: "3000",
    startCommand: `node server.js --name "shop front"`,
    env: [
      { name: "NODE_ENV", value: "production", kind: "plain" },
      { name: "GREETING", value: `it's "quoted" \${not} a template`, kind: "plain" },
      {
        name: "DB_PASSWORD",
        value: `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:shop-db-AbCdEf`,
        kind: "secret",
      },
      { name: "API_KEY", value: "shop-api-key", kind: "secret" },
    ],
  };
  v.instance = {
    cpu: "2048",
    memory: "4096",
    instanceRoleArn: `arn:aws:iam::${ACCOUNT}:role/shop-instance`,
    autoScaling: "existing",
    autoScalingArn: `arn:aws:apprunner:us-east-1:${ACCOUNT}:autoscalingconfiguration/shop-scaling/3/0123456789abcdef0123456789abcdef`,
  };
  v.network = {
    ingress: "private",
    egressType: "VPC",
    vpcConnectorArn: `arn:aws:apprunner:us-east-1:${ACCOUNT}:vpcconnector/shop-vpc/1/fedcba9876543210fedcba9876543210`,
    ipAddressType: "DUAL_STACK",
  };
  v.healthCheck = {
    protocol: "HTTP",
    path: "/healthz",
    interval: 10,
    timeout: 4,
    healthyThreshold: 2,
    unhealthyThreshold: 3,
  };
  v.service = {
    name: "shop-front",
    tracing: true,
    observabilityConfigurationArn: `arn:aws:apprunner:us-east-1:${ACCOUNT}:observabilityconfiguration/shop-xray/1/00112233445566778899aabbccddeeff`,
    encryption: "kms",
    kmsKey: `arn:aws:kms:us-east-1:${ACCOUNT}:key/11112222-3333-4444-5555-666677778888`,
    tags: [
      { key: "team", value: "checkout" },
      { key: "cost-centre", value: "42" },
    ],
  };
  return toCreateServiceInput(v);
}
