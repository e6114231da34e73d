/**
 * One valid-looking request body per operation (37 App Runner + 4 CloudWatch Logs), built around
 * real resources so mutated bodies reach deep into the handlers instead of stopping at "not
 * found". The fuzz test breaks these one member at a time and also sends pure noise.
 */
import { publicImageService } from "./service-requests";

export type KnownArns = {
  service: string;
  serviceName: string;
  serviceId: string;
  connection: string;
  autoScaling: string;
  observability: string;
  vpcConnector: string;
  vpcIngress: string;
};

type Body = Record<string, unknown>;

export function appRunnerBases(k: KnownArns): Record<string, Body> {
  const tags = [{ Key: "fuzz", Value: "yes" }];
  const health = {
    Protocol: "HTTP",
    Path: "/",
    Interval: 5,
    Timeout: 2,
    HealthyThreshold: 1,
    UnhealthyThreshold: 5,
  };
  const network = {
    EgressConfiguration: { EgressType: "DEFAULT" },
    IngressConfiguration: { IsPubliclyAccessible: true },
    IpAddressType: "IPV4",
  };
  const service = publicImageService("fuzz-service");
  return {
    AssociateCustomDomain: {
      ServiceArn: k.service,
      DomainName: "fuzz.example.com",
      EnableWWWSubdomain: true,
    },
    CreateAutoScalingConfiguration: {
      AutoScalingConfigurationName: "fuzz-scale",
      MaxConcurrency: 50,
      MinSize: 1,
      MaxSize: 3,
      Tags: tags,
    },
    CreateConnection: { ConnectionName: "fuzz-conn", ProviderType: "GITHUB", Tags: tags },
    CreateObservabilityConfiguration: {
      ObservabilityConfigurationName: "fuzz-obs",
      TraceConfiguration: { Vendor: "AWSXRAY" },
      Tags: tags,
    },
    CreateService: {
      ...service,
      SourceConfiguration: {
        ...service.SourceConfiguration,
        ImageRepository: {
          ...service.SourceConfiguration!.ImageRepository,
          ImageConfiguration: {
            Port: "8080",
            StartCommand: "serve",
            RuntimeEnvironmentVariables: { MODE: "fuzz" },
            RuntimeEnvironmentSecrets: { KEY: "arn:aws:ssm:us-east-1:123456789012:parameter/k" },
          },
        },
      },
      InstanceConfiguration: { Cpu: "1 vCPU", Memory: "2 GB" },
      HealthCheckConfiguration: health,
      NetworkConfiguration: network,
      ObservabilityConfiguration: { ObservabilityEnabled: false },
      AutoScalingConfigurationArn: k.autoScaling,
      Tags: tags,
    },
    CreateVpcConnector: {
      VpcConnectorName: "fuzz-vpc",
      Subnets: ["subnet-1"],
      SecurityGroups: ["sg-1"],
      Tags: tags,
    },
    CreateVpcIngressConnection: {
      ServiceArn: k.service,
      VpcIngressConnectionName: "fuzz-ingress",
      IngressVpcConfiguration: { VpcId: "vpc-1", VpcEndpointId: "vpce-1" },
      Tags: tags,
    },
    DeleteAutoScalingConfiguration: {
      AutoScalingConfigurationArn: k.autoScaling,
      DeleteAllRevisions: false,
    },
    DeleteConnection: { ConnectionArn: k.connection },
    DeleteObservabilityConfiguration: { ObservabilityConfigurationArn: k.observability },
    DeleteService: { ServiceArn: k.service },
    DeleteVpcConnector: { VpcConnectorArn: k.vpcConnector },
    DeleteVpcIngressConnection: { VpcIngressConnectionArn: k.vpcIngress },
    DescribeAutoScalingConfiguration: { AutoScalingConfigurationArn: k.autoScaling },
    DescribeCustomDomains: { ServiceArn: k.service, MaxResults: 5, NextToken: "token" },
    DescribeObservabilityConfiguration: { ObservabilityConfigurationArn: k.observability },
    DescribeService: { ServiceArn: k.service },
    DescribeVpcConnector: { VpcConnectorArn: k.vpcConnector },
    DescribeVpcIngressConnection: { VpcIngressConnectionArn: k.vpcIngress },
    DisassociateCustomDomain: { ServiceArn: k.service, DomainName: "fuzz.example.com" },
    ListAutoScalingConfigurations: {
      AutoScalingConfigurationName: "fuzz-scale",
      LatestOnly: true,
      MaxResults: 10,
      NextToken: "token",
    },
    ListConnections: { ConnectionName: "fuzz-conn", MaxResults: 10, NextToken: "token" },
    ListObservabilityConfigurations: {
      ObservabilityConfigurationName: "fuzz-obs",
      LatestOnly: false,
      MaxResults: 10,
      NextToken: "token",
    },
    ListOperations: { ServiceArn: k.service, MaxResults: 5, NextToken: "token" },
    ListServices: { MaxResults: 5, NextToken: "token" },
    ListServicesForAutoScalingConfiguration: {
      AutoScalingConfigurationArn: k.autoScaling,
      MaxResults: 5,
      NextToken: "token",
    },
    ListTagsForResource: { ResourceArn: k.service },
    ListVpcConnectors: { MaxResults: 5, NextToken: "token" },
    ListVpcIngressConnections: {
      Filter: { ServiceArn: k.service, VpcEndpointId: "vpce-1" },
      MaxResults: 5,
      NextToken: "token",
    },
    PauseService: { ServiceArn: k.service },
    ResumeService: { ServiceArn: k.service },
    StartDeployment: { ServiceArn: k.service },
    TagResource: { ResourceArn: k.service, Tags: tags },
    UntagResource: { ResourceArn: k.service, TagKeys: ["fuzz"] },
    UpdateDefaultAutoScalingConfiguration: { AutoScalingConfigurationArn: k.autoScaling },
    UpdateService: {
      ServiceArn: k.service,
      SourceConfiguration: service.SourceConfiguration,
      InstanceConfiguration: { Cpu: "2 vCPU", Memory: "4 GB" },
      AutoScalingConfigurationArn: k.autoScaling,
      HealthCheckConfiguration: health,
      NetworkConfiguration: network,
      ObservabilityConfiguration: {
        ObservabilityEnabled: true,
        ObservabilityConfigurationArn: k.observability,
      },
    },
    UpdateVpcIngressConnection: {
      VpcIngressConnectionArn: k.vpcIngress,
      IngressVpcConfiguration: { VpcId: "vpc-2", VpcEndpointId: "vpce-2" },
    },
  };
}

export function logsBases(k: KnownArns): Record<string, Body> {
  const group = `/aws/apprunner/${k.serviceName}/${k.serviceId}/service`;
  return {
    DescribeLogGroups: { logGroupNamePrefix: "/aws/apprunner/", limit: 5, nextToken: "token" },
    DescribeLogStreams: {
      logGroupName: group,
      logStreamNamePrefix: "deployment/",
      orderBy: "LogStreamName",
      descending: true,
      limit: 5,
      nextToken: "token",
    },
    GetLogEvents: {
      logGroupName: group,
      logStreamName: "events",
      startTime: 0,
      endTime: 4_102_444_800_000,
      limit: 10,
      startFromHead: true,
      nextToken: "f/token",
    },
    FilterLogEvents: {
      logGroupName: group,
      logStreamNames: ["events"],
      filterPattern: "Deployment",
      startTime: 0,
      endTime: 4_102_444_800_000,
      limit: 10,
      interleaved: true,
      nextToken: "token",
    },
  };
}
