import type { WizardValues } from "./wizard-values";

/** `values` fills in a blank form (blankValues()), passed in so this list stays data the start page can show without loading the defaults. */
export type Preset = {
  id: string;
  title: string;
  description: string;
  values: (blank: WizardValues) => WizardValues;
};

/** The sample app the local App Runner seeds as a git repository (samples/hello-app). */
export const SAMPLE_APP_REPOSITORY_URL = "https://github.com/runnerdeck/hello-app";

/**
 * Two built from the examples on AWS's CreateService reference page, with their quirks fixed,
 * then the sample app, which runs for real on the local App Runner.
 * The code example's connection belongs to AWS's sample account, so the Python preset leaves
 * the connection for the person to pick or create.
 */
export const PRESETS: readonly Preset[] = [
  {
    id: "python-code",
    title: "Python service from a code repository",
    description: "python-app: builds with pip and starts python server.py on port 8080.",
    values: (v) => {
      v.source = {
        ...v.source,
        type: "code",
        repositoryUrl: "https://github.com/my-account/python-hello",
        branch: "main",
        autoDeployments: true,
      };
      v.build = {
        configurationSource: "API",
        runtime: "PYTHON_3",
        buildCommand: "pip install -r requirements.txt",
        startCommand: "python server.py",
        port: "8080",
        env: [{ name: "NAME", value: "Jane", kind: "plain" }],
      };
      v.instance = { ...v.instance, cpu: "1024", memory: "3072" };
      v.service = { ...v.service, name: "python-app" };
      return v;
    },
  },
  {
    id: "go-ecr",
    title: "Go container from private ECR",
    description: "golang-container-app: a private ECR image pulled with an access role.",
    values: (v) => {
      v.source = {
        ...v.source,
        type: "image",
        imageRepositoryType: "ECR",
        imageIdentifier: "123456789012.dkr.ecr.us-east-1.amazonaws.com/golang-app:latest",
        accessRoleArn: "arn:aws:iam::123456789012:role/my-ecr-role",
        autoDeployments: true,
      };
      v.build = { ...v.build, port: "8080", env: [{ name: "NAME", value: "Jane", kind: "plain" }] };
      v.instance = { ...v.instance, cpu: "1024", memory: "3072" };
      v.service = { ...v.service, name: "golang-container-app" };
      return v;
    },
  },
  {
    id: "sample-app",
    title: "Sample app (runs locally)",
    description:
      "hello-app runs on the local App Runner: a real build, a real health check and a URL that opens the app. Node.js 22 on port 8080; pick or create a connection.",
    values: (v) => {
      v.source = {
        ...v.source,
        type: "code",
        repositoryUrl: SAMPLE_APP_REPOSITORY_URL,
        branch: "main",
        sourceDirectory: "",
        autoDeployments: false,
      };
      v.build = {
        configurationSource: "API",
        runtime: "NODEJS_22",
        // Checks the syntax only: the app has no dependencies, so the build needs no network.
        buildCommand: "node --check server.js",
        startCommand: "node server.js",
        port: "8080",
        env: [],
      };
      v.healthCheck = { ...v.healthCheck, protocol: "HTTP", path: "/" };
      v.service = { ...v.service, name: "hello-app" };
      return v;
    },
  },
];
